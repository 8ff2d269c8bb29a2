package fi.kokemus.gateway;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The gateway's own policy, kept in configuration so that a new route or role change needs no code.
 *
 * @param publicPaths    path patterns served without a token (feedback forms for people without accounts,
 *                       health and metrics)
 * @param access         path pattern → realm roles allowed there, checked in order; a path matching none of
 *                       them needs only a valid token
 * @param maxRequestSize largest request body forwarded to a service
 */
@ConfigurationProperties("kokemus.gateway")
public record GatewayProperties(List<String> publicPaths, List<PathAccess> access, DataSize maxRequestSize) {

    public GatewayProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        access = access == null ? List.of() : List.copyOf(access);
        if (maxRequestSize == null || maxRequestSize.isNegative()) {
            throw new IllegalArgumentException("kokemus.gateway.max-request-size must be set and not negative");
        }
    }

    /** The realm roles (claim names such as {@code ngo-partner}) that may use paths matching {@code path}. */
    public record PathAccess(String path, List<String> roles) {

        public PathAccess {
            if (path == null || path.isBlank()) {
                throw new IllegalArgumentException("kokemus.gateway.access entries need a path");
            }
            // A rule without roles would silently lock its path for everyone.
            if (roles == null || roles.isEmpty() || roles.stream().anyMatch(role -> role == null || role.isBlank())) {
                throw new IllegalArgumentException("kokemus.gateway.access for " + path + " needs at least one role");
            }
            roles = List.copyOf(roles);
        }
    }
}
