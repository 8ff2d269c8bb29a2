package fi.kokemus.feedback.domain.followup;

import fi.kokemus.feedback.domain.SessionWork;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The days a follow-up report covers, both ends included, in Finnish time. Bounded so that one
 * request cannot make the service read its whole history.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** A yearly review fits many times over; the longest period one report covers. */
    public static final int MAX_YEARS = 5;

    public ReportPeriod {
        if (from == null || to == null) {
            throw DomainProblem.invalid("invalid-period", "Both from and to are required", from == null ? "from" : "to");
        }
        if (from.isAfter(to)) {
            throw DomainProblem.invalid("invalid-period", "The period starts (" + from + ") after it ends (" + to + ")",
                    "from");
        }
        if (!to.isBefore(from.plusYears(MAX_YEARS))) {
            throw DomainProblem.invalid("period-too-long", "A report covers at most " + MAX_YEARS + " years", "to");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether any day from {@code start} to {@code end} (both included; {@code end} null: open) falls in the period. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return (start == null || !start.isAfter(to)) && (end == null || !end.isBefore(from));
    }

    /** The first instant of the period. */
    public Instant starts() {
        return from.atStartOfDay(SessionWork.COUNTY_TIME).toInstant();
    }

    /** The first instant after the period. */
    public Instant ends() {
        return to.plusDays(1).atStartOfDay(SessionWork.COUNTY_TIME).toInstant();
    }
}
