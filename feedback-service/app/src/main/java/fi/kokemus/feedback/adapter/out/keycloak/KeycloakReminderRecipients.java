package fi.kokemus.feedback.adapter.out.keycloak;

import fi.kokemus.feedback.application.port.out.RecipientsUnavailable;
import fi.kokemus.feedback.application.port.out.ReminderRecipients;
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
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Looks addresses up in Keycloak's admin REST API as the confidential client {@code feedback-notifier},
 * whose service account may only read users and role members. The access token is reused until
 * shortly before it expires.
 */
public class KeycloakReminderRecipients implements ReminderRecipients {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);
    private static final int MAX_ORDERERS = 1000;

    private final NotifierClient client;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private String accessToken;
    private Instant renewAt = Instant.MIN;

    public KeycloakReminderRecipients(NotifierClient client, JsonMapper json, Clock clock) {
        this.client = client;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public List<String> unitOrderers(String county, String unitId) {
        return elements(admin("/roles/orderer/users?briefRepresentation=false&first=0&max=" + MAX_ORDERERS))
                .filter(user -> hasAttribute(user, "county", county) && hasAttribute(user, "organisation", unitId))
                .flatMap(user -> addressOfEnabled(user).stream())
                .sorted()
                .toList();
    }

    @Override
    public Optional<String> accountAddress(String username) {
        return elements(admin("/users?exact=true&username=" + encode(username)))
                .filter(user -> username.equalsIgnoreCase(user.path("username").asString("")))
                .findFirst()
                .flatMap(KeycloakReminderRecipients::addressOfEnabled);
    }

    private static boolean hasAttribute(JsonNode user, String name, String value) {
        return elements(user.path("attributes").path(name)).anyMatch(given -> value.equals(given.asString("")));
    }

    private static Optional<String> addressOfEnabled(JsonNode user) {
        String address = user.path("email").asString("");
        return user.path("enabled").asBoolean(false) && !address.isBlank() ? Optional.of(address) : Optional.empty();
    }

    private JsonNode admin(String path) {
        return call(HttpRequest.newBuilder(URI.create(client.adminUrl() + path))
                .header("Authorization", "Bearer " + token())
                .header("Accept", "application/json")
                .timeout(TIMEOUT).GET().build());
    }

    private synchronized String token() {
        Instant now = clock.instant();
        if (!now.isBefore(renewAt)) {
            JsonNode granted = call(HttpRequest.newBuilder(URI.create(client.tokenUrl()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .timeout(TIMEOUT)
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
                            + encode(client.clientId()) + "&client_secret=" + encode(client.clientSecret())))
                    .build());
            accessToken = granted.path("access_token").asString("");
            renewAt = now.plusSeconds(granted.path("expires_in").asLong(60)).minus(RENEW_BEFORE_EXPIRY);
        }
        return accessToken;
    }

    private JsonNode call(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new RecipientsUnavailable("Keycloak answered " + response.statusCode() + " to "
                        + request.uri().getPath(), null);
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new RecipientsUnavailable("Keycloak could not be reached at " + request.uri().getHost(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RecipientsUnavailable("Interrupted while asking Keycloak", e);
        }
    }

    private static Stream<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
