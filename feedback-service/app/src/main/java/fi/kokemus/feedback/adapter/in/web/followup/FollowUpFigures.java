package fi.kokemus.feedback.adapter.in.web.followup;

import java.math.BigDecimal;

/** How the CSV and the page write the report's numbers: the Finnish way, with a decimal comma. */
final class FollowUpFigures {

    private FollowUpFigures() {
    }

    /** Euros with two decimals and a decimal comma, e.g. {@code -20,01}. */
    static String euros(long cents) {
        return decimal(BigDecimal.valueOf(cents, 2));
    }

    /** An average rating with a decimal comma; empty when it is withheld. */
    static String average(BigDecimal average) {
        return average == null ? "" : decimal(average);
    }

    private static String decimal(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }
}
