package fi.kokemus.fee.adapter.in.web;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

final class YearMonths {

    private YearMonths() {
    }

    /** {@code YYYY-MM}, or a problem naming the field. */
    static YearMonth parse(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException notAMonth) {
            throw DomainProblem.invalid("invalid-month", "A month is written YYYY-MM, not " + month, "month");
        }
    }
}
