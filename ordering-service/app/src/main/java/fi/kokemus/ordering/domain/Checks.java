package fi.kokemus.ordering.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.util.regex.Pattern;

/** The domain's own input checks: the web adapter validates too, but the core never trusts its callers. */
final class Checks {

    private static final String CODE = "invalid-input";

    private Checks() {
    }

    static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw DomainProblem.invalid(CODE, field + " is required", field);
        }
        return optionalText(value, field, maxLength).strip();
    }

    static String optionalText(String value, String field, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw DomainProblem.invalid(CODE, field + " must be at most " + maxLength + " characters", field);
        }
        return value;
    }

    static String matching(String value, Pattern pattern, String field) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw DomainProblem.invalid(CODE, field + " must match " + pattern.pattern(), field);
        }
        return value;
    }

    static int between(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw DomainProblem.invalid(CODE, field + " must be between " + min + " and " + max, field);
        }
        return value;
    }

    static long between(long value, long min, long max, String field) {
        if (value < min || value > max) {
            throw DomainProblem.invalid(CODE, field + " must be between " + min + " and " + max, field);
        }
        return value;
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw DomainProblem.invalid(CODE, field + " is required", field);
        }
        return value;
    }
}
