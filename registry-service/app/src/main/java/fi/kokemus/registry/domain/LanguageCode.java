package fi.kokemus.registry.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.util.Locale;
import java.util.Set;

/** A language the expert works in, as an ISO 639-1 code ({@code fi}, {@code sv}, {@code en} ...). */
public record LanguageCode(String value) implements Comparable<LanguageCode> {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    public LanguageCode {
        Checks.present(value, "language");
        if (!ISO_639_1.contains(value)) {
            throw DomainProblem.invalid(Checks.INVALID_VALUE,
                    "language must be a lower-case ISO 639-1 code such as fi", "language");
        }
    }

    @Override
    public int compareTo(LanguageCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
