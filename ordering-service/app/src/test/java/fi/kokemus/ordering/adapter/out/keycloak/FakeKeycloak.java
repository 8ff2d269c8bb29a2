package fi.kokemus.ordering.adapter.out.keycloak;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The part of Keycloak's API the directory uses, over real HTTP: the client-credentials token
 * endpoint and the admin user and role-member searches, answering with the users it is given.
 */
public final class FakeKeycloak implements AutoCloseable {

    public static final String REALM = "kokemus";
    public static final String CLIENT_ID = "ordering-notifier";
    public static final String SECRET = "test-secret";

    private final HttpServer server;
    private final List<User> users;
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final List<String> adminRequests = new ArrayList<>();

    public FakeKeycloak(List<User> users) throws IOException {
        this.users = List.copyOf(users);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/realms/" + REALM + "/protocol/openid-connect/token", this::token);
        server.createContext("/admin/realms/" + REALM + "/", this::admin);
        server.start();
    }

    /** The demo realm's accounts this project's tests notify. */
    public static List<User> demoUsers() {
        return List.of(
                new User("coordinator.itu", "coordinator.itu@example.org", "coordinator", "ita-uusimaa", true),
                new User("coordinator.soite", "coordinator.soite@example.org", "coordinator", "keski-pohjanmaa", true),
                new User("orderer.itu", "orderer.itu@example.org", "orderer", "ita-uusimaa", true),
                new User("expert.itu", "expert.itu@example.org", "expert", null, true));
    }

    public KeycloakProperties properties(String secret) {
        return new KeycloakProperties(baseUrl(), REALM, CLIENT_ID, secret);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int tokensIssued() {
        return tokensIssued.get();
    }

    public synchronized List<String> adminRequests() {
        return List.copyOf(adminRequests);
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!"client_credentials".equals(form.get("grant_type")) || !CLIENT_ID.equals(form.get("client_id"))
                || !SECRET.equals(form.get("client_secret"))) {
            respond(exchange, 401, "{\"error\":\"unauthorized_client\"}");
            return;
        }
        respond(exchange, 200, "{\"access_token\":\"token-" + tokensIssued.incrementAndGet()
                + "\",\"expires_in\":300,\"token_type\":\"Bearer\"}");
    }

    private void admin(HttpExchange exchange) throws IOException {
        synchronized (this) {
            adminRequests.add(exchange.getRequestURI().toString());
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer token-")) {
            respond(exchange, 401, "{}");
            return;
        }
        String path = exchange.getRequestURI().getPath().substring(("/admin/realms/" + REALM).length());
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        if (path.equals("/users")) {
            respond(exchange, 200, json(users.stream()
                    .filter(user -> user.username().equalsIgnoreCase(query.get("username")))));
        } else if (path.startsWith("/roles/") && path.endsWith("/users")) {
            String role = path.substring("/roles/".length(), path.length() - "/users".length());
            respond(exchange, 200, json(users.stream().filter(user -> user.role().equals(role))));
        } else {
            respond(exchange, 404, "{}");
        }
    }

    private static String json(java.util.stream.Stream<User> matching) {
        return matching.map(User::json).collect(Collectors.joining(",", "[", "]"));
    }

    private static Map<String, String> parse(String form) {
        if (form == null || form.isEmpty()) {
            return Map.of();
        }
        return Arrays.stream(form.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : ""));
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A realm user as the admin API returns it (full representation, with attributes). */
    public record User(String username, String email, String role, String county, boolean enabled) {

        String json() {
            String attributes = county == null ? "{}" : "{\"county\":[\"" + county + "\"],\"organisation\":[\"unit\"]}";
            return "{\"id\":\"id-" + username + "\",\"username\":\"" + username + "\",\"enabled\":" + enabled
                    + (email == null ? "" : ",\"email\":\"" + email + "\"") + ",\"attributes\":" + attributes + "}";
        }
    }
}
