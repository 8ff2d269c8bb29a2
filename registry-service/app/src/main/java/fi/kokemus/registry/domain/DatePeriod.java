package fi.kokemus.registry.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.LocalDate;

/** The days from {@code from} to {@code until}, both included. */
public record DatePeriod(LocalDate from, LocalDate until) implements Comparable<DatePeriod> {

    public DatePeriod {
        Checks.present(from, "from");
        Checks.present(until, "until");
        if (until.isBefore(from)) {
            throw DomainProblem.invalid(Checks.INVALID_VALUE, "until must not be before from", "until");
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }

    @Override
    public int compareTo(DatePeriod other) {
        int byStart = from.compareTo(other.from);
        return byStart != 0 ? byStart : until.compareTo(other.until);
    }
}
