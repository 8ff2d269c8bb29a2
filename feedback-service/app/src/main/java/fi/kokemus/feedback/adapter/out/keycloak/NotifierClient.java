package fi.kokemus.feedback.adapter.out.keycloak;

/**
 * Where Keycloak is and the confidential client reminders sign in as.
 *
 * @param baseUrl e.g. {@code http://localhost:8180}
 */
public record NotifierClient(String baseUrl, String realm, String clientId, String clientSecret) {

    public NotifierClient {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String tokenUrl() {
        return baseUrl + "/realms/" + realm + "/protocol/openid-connect/token";
    }

    String adminUrl() {
        return baseUrl + "/admin/realms/" + realm;
    }
}
