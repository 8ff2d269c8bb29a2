package fi.kokemus.registry.domain.taxonomy;

import fi.kokemus.platform.problem.DomainProblem;
import java.util.regex.Pattern;

/**
 * One code of a maintained list, e.g. {@code TOPIC MENTAL_HEALTH}. A retired term stays readable
 * for records that already carry it but is no longer accepted on new data.
 */
public record TaxonomyTerm(TaxonomyKind kind, String code, Labels labels, boolean retired) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    public TaxonomyTerm {
        if (kind == null) {
            throw DomainProblem.invalid("invalid-value", "kind is required", "kind");
        }
        if (code == null || !CODE.matcher(code).matches()) {
            throw DomainProblem.invalid("invalid-value",
                    "code must be an upper-case code such as MENTAL_HEALTH (2-64 of A-Z, 0-9, _)", "code");
        }
        if (labels == null) {
            throw DomainProblem.invalid("invalid-value", "labels is required", "labels");
        }
    }

    /** A term in use. */
    public static TaxonomyTerm active(TaxonomyKind kind, String code, Labels labels) {
        return new TaxonomyTerm(kind, code, labels, false);
    }
}
