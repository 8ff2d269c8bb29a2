package fi.kokemus.feedback.domain;

import java.util.regex.Pattern;

/**
 * A link's public identifier (128 random bits, base64url). Not a secret by itself: the link's token
 * is derived from it with a key the database does not hold, so the service can show a link again.
 */
public record LinkId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{22}");

    public LinkId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a link id");
        }
    }
}
