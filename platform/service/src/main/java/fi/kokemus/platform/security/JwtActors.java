package fi.kokemus.platform.security;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads the Keycloak token claims this system relies on. */
public final class JwtActors {

    public static final String COUNTY_CLAIM = "county";
    public static final String ORGANISATION_CLAIM = "organisation";

    private JwtActors() {
    }

    public static Actor toActor(Jwt jwt) {
        return new Actor(jwt.getSubject(), jwt.getClaimAsString("preferred_username"), roles(jwt),
                jwt.getClaimAsString(COUNTY_CLAIM), jwt.getClaimAsString(ORGANISATION_CLAIM));
    }

    /** Realm roles from {@code realm_access.roles}; roles this system does not know are ignored. */
    public static Set<Role> roles(Jwt jwt) {
        return realmRoleNames(jwt).stream()
                .map(Role::fromClaim)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Collection<String> realmRoleNames(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> names) {
            return names.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
