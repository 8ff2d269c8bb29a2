package fi.kokemus.platform.test;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.security.JwtActors;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** MockMvc requests carrying a token shaped like Keycloak's, for web-adapter tests. */
public final class TestActors {

    private TestActors() {
    }

    public static RequestPostProcessor as(String username, Role role, String county, String organisation) {
        return jwt()
                .jwt(token -> {
                    token.subject("sub-" + username).claim("preferred_username", username)
                            .claim("realm_access", Map.of("roles", List.of(role.claim())));
                    if (county != null) {
                        token.claim(JwtActors.COUNTY_CLAIM, county);
                    }
                    if (organisation != null) {
                        token.claim(JwtActors.ORGANISATION_CLAIM, organisation);
                    }
                })
                .authorities(new SimpleGrantedAuthority("ROLE_" + role.claim()));
    }
}
