package fi.kokemus.registry.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Login name of the expert's own account (the token's {@code preferred_username}); links the
 * account to the record. Lower-cased, as Keycloak treats user names case-insensitively.
 */
public record Username(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

    public Username {
        value = Checks.matches(value == null ? null : value.toLowerCase(Locale.ROOT), FORMAT, "username",
                "2-64 letters, digits, '.', '_', '@' or '-'");
    }

    /** The account a token names, or empty when the claim is missing or not a user name here. */
    public static Optional<Username> fromToken(String claim) {
        if (claim == null || !FORMAT.matcher(claim.toLowerCase(Locale.ROOT)).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Username(claim));
    }

    @Override
    public String toString() {
        return value;
    }
}
