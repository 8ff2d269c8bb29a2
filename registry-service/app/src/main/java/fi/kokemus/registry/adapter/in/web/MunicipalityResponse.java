package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.reference.Municipality;

/** @param county the wellbeing services county's code, or null for Åland */
record MunicipalityResponse(String code, String nameFi, String nameSv, String county) {

    static MunicipalityResponse of(Municipality municipality) {
        return new MunicipalityResponse(municipality.code().value(), municipality.nameFi(), municipality.nameSv(),
                municipality.county().map(County::code).orElse(null));
    }
}
