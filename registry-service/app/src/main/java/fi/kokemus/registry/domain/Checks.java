package fi.kokemus.registry.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Constructor checks shared by the value objects; each failure names the offending field. */
final class Checks {

    static final String INVALID_VALUE = "invalid-value";

    private Checks() {
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw DomainProblem.invalid(INVALID_VALUE, field + " is required", field);
        }
        return value;
    }

    static String matches(String value, Pattern pattern, String field, String expectation) {
        present(value, field);
        if (!pattern.matcher(value).matches()) {
            throw DomainProblem.invalid(INVALID_VALUE, field + " must be " + expectation, field);
        }
        return value;
    }

    /** An immutable, sorted copy, so equal contents compare equal and serialise in one order. */
    static <T extends Comparable<T>> SortedSet<T> sortedSet(Collection<T> values, int min, int max, String field) {
        present(values, field);
        // Immutable collections refuse contains(null), so look at each entry.
        if (values.stream().anyMatch(Objects::isNull)) {
            throw DomainProblem.invalid(INVALID_VALUE, field + " must not contain empty entries", field);
        }
        SortedSet<T> copy = new TreeSet<>(values);
        if (copy.size() < min || copy.size() > max) {
            throw DomainProblem.invalid(INVALID_VALUE,
                    field + " must have between " + min + " and " + max + " entries", field);
        }
        return Collections.unmodifiableSortedSet(copy);
    }
}
