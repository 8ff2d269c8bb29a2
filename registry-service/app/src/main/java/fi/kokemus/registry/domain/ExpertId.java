package fi.kokemus.registry.domain;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** The registry's own id of an expert: a UUID in its canonical lower-case form. */
public record ExpertId(String value) {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public ExpertId {
        value = Checks.matches(value == null ? null : value.toLowerCase(Locale.ROOT), CANONICAL_UUID, "id", "a UUID");
    }

    public static ExpertId random() {
        return new ExpertId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
