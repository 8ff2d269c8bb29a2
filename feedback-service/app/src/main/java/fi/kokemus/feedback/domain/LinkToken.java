package fi.kokemus.feedback.domain;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret part of a feedback link: 32 random bytes, base64url without padding (43 characters),
 * so links cannot be guessed. Whoever holds one may answer, which is why it never appears in logs.
 */
public record LinkToken(String value) {

    public static final int RANDOM_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    public LinkToken {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a feedback link token");
        }
    }

    public static LinkToken fromRandomBytes(byte[] bytes) {
        if (bytes.length != RANDOM_BYTES) {
            throw new IllegalArgumentException("A link token needs " + RANDOM_BYTES + " random bytes");
        }
        return new LinkToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The token in {@code candidate}, or empty when it cannot be one. */
    public static Optional<LinkToken> parse(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches()
                ? Optional.of(new LinkToken(candidate))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return "LinkToken[" + value.substring(0, 4) + "...]";
    }
}
