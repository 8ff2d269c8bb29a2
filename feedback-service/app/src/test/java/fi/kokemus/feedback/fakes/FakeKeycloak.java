package fi.kokemus.feedback.fakes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keycloak's token endpoint and the two admin reads reminders use, over real HTTP, for the demo realm's
 * Soite accounts: orderer.soite and a second orderer of the unit (one disabled, one of another unit) and
 * expert.soite. Admin reads need the token the client-credentials grant gave.
 */
public final class FakeKeycloak implements AutoCloseable {

    public static final String CLIENT_ID = "feedback-notifier";
    public static final String CLIENT_SECRET = "feedback-notifier-test-secret";
    private static final String TOKEN = "fake-access-token";
    private static final String ORDERERS = """
            [{"username":"orderer.soite","enabled":true,"email":"orderer.soite@example.org",
              "attributes":{"county":["keski-pohjanmaa"],"organisation":["soite-mental-health-unit"]}},
             {"username":"second.orderer","enabled":true,"email":"second.orderer@example.org",
              "attributes":{"county":["keski-pohjanmaa"],"organisation":["soite-mental-health-unit"]}},
             {"username":"former.orderer","enabled":false,"email":"former.orderer@example.org",
              "attributes":{"county":["keski-pohjanmaa"],"organisation":["soite-mental-health-unit"]}},
             {"username":"orderer.itu","enabled":true,"email":"orderer.itu@example.org",
              "attributes":{"county":["ita-uusimaa"],"organisation":["itu-social-work-unit"]}}]""";
    private static final String EXPERT = """
            [{"username":"expert.soite","enabled":true,"email":"expert.soite@example.org"}]""";

    private final HttpServer server;
    private final AtomicInteger tokensGranted = new AtomicInteger();

    public FakeKeycloak() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/realms/kokemus/protocol/openid-connect/token", this::token);
        server.createContext("/admin/realms/kokemus/roles/orderer/users", exchange -> admin(exchange, ORDERERS));
        server.createContext("/admin/realms/kokemus/users", exchange -> admin(exchange,
                query(exchange).equals("exact=true&username=expert.soite") ? EXPERT : "[]"));
        server.start();
    }

    public String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public int tokensGranted() {
        return tokensGranted.get();
    }

    private void token(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!form.contains("grant_type=client_credentials") || !form.contains("client_id=" + CLIENT_ID)
                || !form.contains("client_secret=" + CLIENT_SECRET)) {
            respond(exchange, 401, "{\"error\":\"unauthorized_client\"}");
            return;
        }
        tokensGranted.incrementAndGet();
        respond(exchange, 200, "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":300}");
    }

    private static void admin(HttpExchange exchange, String body) throws IOException {
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "");
            return;
        }
        respond(exchange, 200, body);
    }

    private static String query(HttpExchange exchange) {
        String raw = exchange.getRequestURI().getRawQuery();
        return raw == null ? "" : URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
