package fi.kokemus.fee.domain;

import fi.kokemus.platform.problem.DomainProblem;
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

    /**
     * What storing a new decision changes: the open-ended latest version ends the day before
     * {@code next} starts. A decision must start after every stored version started, and not
     * inside a version that already has an end.
     */
    public TariffSuccession succeed(Tariff next) {
        if (!next.county().equals(county) || next.validUntil() != null) {
            throw new IllegalArgumentException("A new decision of " + county + " is open-ended");
        }
        if (versions.isEmpty()) {
            return new TariffSuccession(Optional.empty(), next);
        }
        Tariff latest = versions.get(versions.size() - 1);
        if (!next.validFrom().isAfter(latest.validFrom())) {
            throw DomainProblem.conflict("tariff-version-conflict", "A new tariff of " + county
                    + " must start after " + latest.validFrom() + ", when the latest version started");
        }
        if (latest.validUntil() == null) {
            return new TariffSuccession(Optional.of(latest.endingOn(next.validFrom().minusDays(1))), next);
        }
        if (!next.validFrom().isAfter(latest.validUntil())) {
            throw DomainProblem.conflict("tariff-version-conflict", "Tariff " + latest.id() + " is valid until "
                    + latest.validUntil());
        }
        return new TariffSuccession(Optional.empty(), next);
    }
}
