package fi.kokemus.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProbeTest {

    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        answer("/up", 200, "{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
        answer("/down", 503, "{\"status\":\"DOWN\"}");
        answer("/out-of-service", 200, "{\"status\":\"OUT_OF_SERVICE\"}");
        answer("/realm", 200, "{\"issuer\":\"http://localhost/realms/kokemus\"}");
        answer("/missing", 404, "{}");
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void healthIsReadyOnlyWhenStatusIsUp() {
        assertThat(new Probe.HealthUp(uri("/up")).isReady()).isTrue();
        assertThat(new Probe.HealthUp(uri("/down")).isReady()).isFalse();
        assertThat(new Probe.HealthUp(uri("/out-of-service")).isReady()).isFalse();
    }

    @Test
    void aFailedCheckTellsWhatItSaw() throws IOException {
        assertThat(new Probe.HealthUp(uri("/down")).check())
                .isEqualTo(new Probe.Check(false, "HTTP 503 {\"status\":\"DOWN\"}"));
        assertThat(new Probe.HttpOk(URI.create("http://localhost:" + closedPort() + "/")).check())
                .isEqualTo(new Probe.Check(false, "no answer"));
        assertThat(new Probe.TcpPort("localhost", closedPort()).check().observed()).startsWith("no connection");
    }

    @Test
    void httpOkNeedsStatus200() {
        assertThat(new Probe.HttpOk(uri("/realm")).isReady()).isTrue();
        assertThat(new Probe.HttpOk(uri("/missing")).isReady()).isFalse();
    }

    @Test
    void nothingListeningIsNotReady() throws IOException {
        int closedPort = closedPort();

        assertThat(new Probe.HttpOk(URI.create("http://localhost:" + closedPort + "/")).isReady()).isFalse();
        assertThat(new Probe.HealthUp(URI.create("http://localhost:" + closedPort + "/")).isReady()).isFalse();
        assertThat(new Probe.TcpPort("localhost", closedPort).isReady()).isFalse();
    }

    @Test
    void tcpPortIsReadyWhenSomethingAccepts() throws IOException {
        try (ServerSocket listening = new ServerSocket(0)) {
            assertThat(new Probe.TcpPort("localhost", listening.getLocalPort()).isReady()).isTrue();
        }
    }

    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.getAddress().getPort() + path);
    }

    private void answer(String path, int status, String body) {
        server.createContext(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }
}
