package fi.kokemus.feedback.domain;

import java.util.Objects;

/** A newly issued link: its public id and the hash of the token derived from it. */
public record IssuedLink(LinkId id, TokenHash tokenHash) {

    public IssuedLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tokenHash, "tokenHash");
    }
}
