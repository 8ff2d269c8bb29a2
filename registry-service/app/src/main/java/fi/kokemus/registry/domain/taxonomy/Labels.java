package fi.kokemus.registry.domain.taxonomy;

import fi.kokemus.platform.problem.DomainProblem;

/** A term's display name in Finnish, Swedish and English; each 1-120 printable characters. */
public record Labels(String fi, String sv, String en) {

    public static final int MAX_LENGTH = 120;

    public Labels {
        check(fi, "labels.fi");
        check(sv, "labels.sv");
        check(en, "labels.en");
    }

    private static void check(String label, String field) {
        if (label == null || label.isBlank()) {
            throw invalid(field + " is required", field);
        }
        if (label.codePointCount(0, label.length()) > MAX_LENGTH) {
            throw invalid(field + " must be at most " + MAX_LENGTH + " characters", field);
        }
        if (label.codePoints().anyMatch(Labels::unprintable)) {
            throw invalid(field + " must contain printable characters only", field);
        }
    }

    private static boolean unprintable(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isISOControl(codePoint) || type == Character.UNASSIGNED
                || type == Character.SURROGATE || type == Character.PRIVATE_USE;
    }

    private static DomainProblem invalid(String detail, String field) {
        return DomainProblem.invalid("invalid-value", detail, field);
    }
}
