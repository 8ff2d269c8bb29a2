package fi.kokemus.ordering.adapter.out.keycloak;

/**
 * Where Keycloak's admin API is and the confidential client notifications sign in as.
 *
 * @param baseUrl e.g. {@code http://localhost:8180}
 */
public record KeycloakProperties(String baseUrl, String realm, String clientId, String clientSecret) {

    String tokenUrl() {
        return trimmedBaseUrl() + "/realms/" + realm + "/protocol/openid-connect/token";
    }

    String adminUrl() {
        return trimmedBaseUrl() + "/admin/realms/" + realm;
    }

    private String trimmedBaseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
