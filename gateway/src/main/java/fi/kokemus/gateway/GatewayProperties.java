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
 * @param largeRequests  path patterns allowed a larger body than {@code maxRequestSize}, first match wins
 *                       (bulk uploads such as the NGO member batches)
 */
@ConfigurationProperties("kokemus.gateway")
public record GatewayProperties(List<String> publicPaths, List<PathAccess> access, DataSize maxRequestSize,
        List<LargeRequest> largeRequests) {

    public GatewayProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        access = access == null ? List.of() : List.copyOf(access);
        requireSize(maxRequestSize, "kokemus.gateway.max-request-size");
        largeRequests = largeRequests == null ? List.of() : List.copyOf(largeRequests);
    }

    /** Requests to paths matching {@code path} may carry up to {@code maxSize}. */
    public record LargeRequest(String path, DataSize maxSize) {

        public LargeRequest {
            if (path == null || path.isBlank()) {
                throw new IllegalArgumentException("kokemus.gateway.large-requests entries need a path");
            }
            requireSize(maxSize, "kokemus.gateway.large-requests max-size for " + path);
        }
    }

    private static void requireSize(DataSize size, String name) {
        if (size == null || size.isNegative()) {
            throw new IllegalArgumentException(name + " must be set and not negative");
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
