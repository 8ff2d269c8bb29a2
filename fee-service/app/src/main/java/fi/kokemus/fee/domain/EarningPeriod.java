package fi.kokemus.fee.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.LocalDate;

/** Earning dates from {@code from} through {@code to}, both inclusive; a missing bound is open. */
public record EarningPeriod(LocalDate from, LocalDate to) {

    public static final EarningPeriod ALL = new EarningPeriod(null, null);

    public EarningPeriod {
        if (from != null && to != null && to.isBefore(from)) {
            throw DomainProblem.invalid("invalid-period", "The period ends before it starts", "to");
        }
    }

    public boolean contains(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
