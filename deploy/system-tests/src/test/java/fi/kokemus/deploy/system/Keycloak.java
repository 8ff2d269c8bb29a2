package fi.kokemus.deploy.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/** Gets tokens from the running Keycloak exactly as users and partner systems do. */
final class Keycloak {

    static final String DEMO_PASSWORD = "demo";

    private final URI tokenEndpoint;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    Keycloak(URI keycloakUrl) {
        this.tokenEndpoint = keycloakUrl.resolve("/realms/kokemus/protocol/openid-connect/token");
    }

    /** Password grant on the public demo client, as a person at the command line would. */
    String userToken(String username) {
        return token(Map.of("grant_type", "password", "client_id", "kokemus-demo",
                "username", username, "password", DEMO_PASSWORD));
    }

    /** Client-credentials grant, as a partner system's service account does. */
    String serviceToken(String clientId, String secret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    private String token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token: " + response.statusCode() + " " + response.body());
            }
            return json.readTree(response.body()).get("access_token").asString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Keycloak could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
