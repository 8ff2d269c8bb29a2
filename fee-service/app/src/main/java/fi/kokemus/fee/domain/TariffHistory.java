package fi.kokemus.fee.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** All versions of one county's tariff; at most one is valid on any day. */
public record TariffHistory(String county, List<Tariff> versions) {

    public TariffHistory {
        versions = versions.stream().sorted(Comparator.comparing(Tariff::validFrom)).toList();
        for (Tariff version : versions) {
            if (!version.county().equals(county)) {
                throw new IllegalArgumentException("Tariff " + version.id() + " is not a tariff of " + county);
            }
        }
        for (int i = 1; i < versions.size(); i++) {
            if (versions.get(i - 1).overlaps(versions.get(i))) {
                throw new IllegalStateException("Tariffs " + versions.get(i - 1).id() + " and "
                        + versions.get(i).id() + " overlap");
            }
        }
    }

    public Optional<Tariff> validOn(LocalDate date) {
        return versions.stream().filter(version -> version.validOn(date)).findFirst();
    }
}
