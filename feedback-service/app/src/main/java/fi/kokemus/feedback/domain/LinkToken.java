package fi.kokemus.feedback.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret part of a feedback link: 256 bits, base64url without padding (43 characters), so links
 * cannot be guessed. Whoever holds one may answer, which is why it is stored only as its hash and never logged.
 */
public record LinkToken(String value) {

    public static final int BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    public LinkToken {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a feedback link token");
        }
    }

    public static LinkToken of(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("A link token needs " + BYTES + " bytes");
        }
        return new LinkToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The token in {@code candidate}, or empty when it cannot be one. */
    public static Optional<LinkToken> parse(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches()
                ? Optional.of(new LinkToken(candidate))
                : Optional.empty();
    }

    /** What is stored and looked up instead of the token itself. */
    public TokenHash hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return new TokenHash(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "LinkToken[" + value.substring(0, 4) + "...]";
    }
}
