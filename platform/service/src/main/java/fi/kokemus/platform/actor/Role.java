package fi.kokemus.platform.actor;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles Keycloak issues; {@link #claim()} is the role's name in the token. */
public enum Role {
    COORDINATOR("coordinator"),
    ORDERER("orderer"),
    EXPERT("expert"),
    NGO_PARTNER("ngo-partner"),
    FINANCE("finance"),
    ADMIN("admin");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    public static Optional<Role> fromClaim(String claim) {
        return Arrays.stream(values()).filter(role -> role.claim.equals(claim)).findFirst();
    }
}
