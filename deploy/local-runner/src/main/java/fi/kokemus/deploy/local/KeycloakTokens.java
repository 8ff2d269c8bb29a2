package fi.kokemus.deploy.local;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Gets tokens from the running Keycloak exactly as users and partner systems do. */
public final class KeycloakTokens {

    public static final String DEMO_PASSWORD = "demo";

    /** A JWT is base64url and dots, never escaped in JSON, so this reads it without a JSON library. */
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final URI tokenEndpoint;
    private final HttpClient http = HttpClient.newHttpClient();

    public KeycloakTokens(URI keycloakUrl) {
        this.tokenEndpoint = keycloakUrl.resolve("/realms/kokemus/protocol/openid-connect/token");
    }

    /** Password grant on the public demo client, as a person at the command line would. */
    public String userToken(String username) {
        return token(Map.of("grant_type", "password", "client_id", "kokemus-demo",
                "username", username, "password", DEMO_PASSWORD));
    }

    /** Client-credentials grant, as a partner system's service account does. */
    public String serviceToken(String clientId, String secret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    static String accessTokenOf(String responseBody) {
        Matcher matcher = ACCESS_TOKEN.matcher(responseBody);
        if (!matcher.find()) {
            throw new IllegalStateException("Keycloak answered without an access token: " + responseBody);
        }
        return matcher.group(1);
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
            return accessTokenOf(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
