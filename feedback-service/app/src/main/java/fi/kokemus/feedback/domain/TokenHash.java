package fi.kokemus.feedback.domain;

import java.util.Objects;

/** SHA-256 of a link token: finds the link an answer came through without keeping the token itself. */
public record TokenHash(String value) {

    public TokenHash {
        Objects.requireNonNull(value, "value");
    }
}
