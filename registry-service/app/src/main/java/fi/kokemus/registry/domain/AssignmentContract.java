package fi.kokemus.registry.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The written assignment contract (toimeksiantosopimus) with one county: not an employment
 * contract, valid from a day and possibly until a day (both included).
 */
public record AssignmentContract(County county, LocalDate validFrom, Optional<LocalDate> validUntil)
        implements Comparable<AssignmentContract> {

    public AssignmentContract {
        Checks.present(county, "county");
        Checks.present(validFrom, "validFrom");
        Checks.present(validUntil, "validUntil");
        if (validUntil.filter(until -> until.isBefore(validFrom)).isPresent()) {
            throw DomainProblem.invalid(Checks.INVALID_VALUE, "validUntil must not be before validFrom",
                    "validUntil");
        }
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && validUntil.map(until -> !day.isAfter(until)).orElse(true);
    }

    @Override
    public int compareTo(AssignmentContract other) {
        return county.compareTo(other.county);
    }
}
