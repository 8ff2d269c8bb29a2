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

    /** One attempt; when not ready, what was seen instead, so a timeout can say why. */
    Check check();

    default boolean isReady() {
        return check().ready();
    }

    record Check(boolean ready, String observed) {
        static Check passed() {
            return new Check(true, "ready");
        }

        static Check failed(String observed) {
            return new Check(false, observed);
        }
    }

    /** Something accepts connections on the port (Kafka, the Mongo wire server). */
    record TcpPort(String host, int port) implements Probe {
        @Override
        public Check check() {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), (int) ATTEMPT_TIMEOUT.toMillis());
                return Check.passed();
            } catch (IOException notListening) {
                return Check.failed("no connection: " + notListening.getMessage());
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
        public Check check() {
            return HttpGet.send(uri).map(answer -> answer.status() == 200 ? Check.passed() : Check.failed(answer.summary()))
                    .orElseGet(() -> Check.failed("no answer"));
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
        public Check check() {
            return HttpGet.send(uri)
                    .map(answer -> answer.status() == 200 && STATUS_UP.matcher(answer.body()).find()
                            ? Check.passed() : Check.failed(answer.summary()))
                    .orElseGet(() -> Check.failed("no answer"));
        }

        @Override
        public String toString() {
            return "GET " + uri + " -> {\"status\":\"UP\"}";
        }
    }
}
