package fi.kokemus.ordering.adapter.out.keycloak;

import fi.kokemus.ordering.notification.RecipientDirectory;
import fi.kokemus.platform.actor.Role;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Looks accounts' e-mail addresses up in Keycloak's admin REST API, signed in as the confidential
 * client {@code ordering-notifier}, whose service account may only read users and role members.
 * The access token is reused until shortly before it expires.
 */
public class KeycloakRecipientDirectory implements RecipientDirectory {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);
    private static final int MAX_ROLE_MEMBERS = 1000;

    private final KeycloakProperties keycloak;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private AccessToken token;

    public KeycloakRecipientDirectory(KeycloakProperties keycloak, JsonMapper json, Clock clock) {
        this.keycloak = keycloak;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Optional<String> emailOf(String username) {
        JsonNode users = get("/users?exact=true&username=" + encode(username));
        return stream(users)
                .filter(user -> username.equalsIgnoreCase(user.path("username").asString("")))
                .findFirst()
                .flatMap(KeycloakRecipientDirectory::emailOfEnabled);
    }

    @Override
    public List<String> emailsOf(String county, Role role) {
        JsonNode users = get("/roles/" + encode(role.claim()) + "/users?briefRepresentation=false&first=0&max="
                + MAX_ROLE_MEMBERS);
        return stream(users)
                .filter(user -> stream(user.path("attributes").path("county"))
                        .anyMatch(value -> county.equals(value.asString(""))))
                .map(KeycloakRecipientDirectory::emailOfEnabled)
                .flatMap(Optional::stream)
                .sorted()
                .toList();
    }

    private static Optional<String> emailOfEnabled(JsonNode user) {
        String email = user.path("email").asString("");
        return user.path("enabled").asBoolean(false) && !email.isBlank() ? Optional.of(email) : Optional.empty();
    }

    private JsonNode get(String adminPath) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.adminUrl() + adminPath))
                .header("Authorization", "Bearer " + accessToken())
                .header("Accept", "application/json")
                .timeout(TIMEOUT).GET().build();
        return send(request);
    }

    private synchronized String accessToken() {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(token.renewAt())) {
            String form = "grant_type=client_credentials&client_id=" + encode(keycloak.clientId())
                    + "&client_secret=" + encode(keycloak.clientSecret());
            JsonNode response = send(HttpRequest.newBuilder(URI.create(keycloak.tokenUrl()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .timeout(TIMEOUT).POST(HttpRequest.BodyPublishers.ofString(form)).build());
            Duration lifetime = Duration.ofSeconds(response.path("expires_in").asLong(60));
            token = new AccessToken(response.path("access_token").asString(""), now.plus(lifetime).minus(EXPIRY_MARGIN));
        }
        return token.value();
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new RecipientDirectoryUnavailableException(
                        "Keycloak answered " + response.statusCode() + " to " + request.method() + " " + request.uri().getPath());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new RecipientDirectoryUnavailableException("Keycloak could not be reached at " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RecipientDirectoryUnavailableException("Interrupted while asking Keycloak", e);
        }
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record AccessToken(String value, Instant renewAt) {
    }
}
