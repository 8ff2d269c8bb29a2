package fi.kokemus.registry.domain.reference;

import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.MunicipalityCode;
import java.util.Objects;
import java.util.Optional;

/**
 * A municipality of Finland with its names in both national languages.
 *
 * @param county the wellbeing services county that organises its social and health services;
 *               empty for Åland's municipalities, which belong to none
 */
public record Municipality(MunicipalityCode code, String nameFi, String nameSv, Optional<County> county) {

    public Municipality {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameFi, "nameFi");
        Objects.requireNonNull(nameSv, "nameSv");
        Objects.requireNonNull(county, "county");
    }
}
