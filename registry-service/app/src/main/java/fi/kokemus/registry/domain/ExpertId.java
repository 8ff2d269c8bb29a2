package fi.kokemus.registry.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The registry's own id of an expert: a UUID in its canonical lower-case form. */
public record ExpertId(String value) {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public ExpertId {
        value = Checks.matches(value == null ? null : value.toLowerCase(Locale.ROOT), CANONICAL_UUID, "id", "a UUID");
    }

    /** The id {@code value} names, or empty when it is not an expert id at all. */
    public static Optional<ExpertId> find(String value) {
        return value != null && CANONICAL_UUID.matcher(value.toLowerCase(Locale.ROOT)).matches()
                ? Optional.of(new ExpertId(value)) : Optional.empty();
    }

    public static ExpertId random() {
        return new ExpertId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
