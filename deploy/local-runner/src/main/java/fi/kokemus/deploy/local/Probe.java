package fi.kokemus.deploy.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

/** How to tell that a started process is ready to serve. Each check is one short attempt. */
public sealed interface Probe {

    Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(2);

    boolean isReady();

    /** Something accepts connections on the port (Kafka, the Mongo wire server). */
    record TcpPort(String host, int port) implements Probe {
        @Override
        public boolean isReady() {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), (int) ATTEMPT_TIMEOUT.toMillis());
                return true;
            } catch (IOException notListening) {
                return false;
            }
        }

        @Override
        public String toString() {
            return "TCP " + host + ":" + port;
        }
    }

    /** GET answers 200 (Keycloak's realm discovery document). */
    record HttpOk(URI uri) implements Probe {
        @Override
        public boolean isReady() {
            return HttpGet.send(uri).map(response -> response.statusCode() == 200).orElse(false);
        }

        @Override
        public String toString() {
            return "GET " + uri + " -> 200";
        }
    }

    /** Spring Boot actuator health answers 200 with status UP. */
    record HealthUp(URI uri) implements Probe {
        private static final Pattern STATUS_UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");

        @Override
        public boolean isReady() {
            return HttpGet.send(uri)
                    .map(response -> response.statusCode() == 200 && STATUS_UP.matcher(response.body()).find())
                    .orElse(false);
        }

        @Override
        public String toString() {
            return "GET " + uri + " -> {\"status\":\"UP\"}";
        }
    }
}
