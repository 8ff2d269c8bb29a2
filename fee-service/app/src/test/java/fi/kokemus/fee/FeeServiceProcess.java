package fi.kokemus.fee;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.platform.test.ServiceInfrastructure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged fee-service running as a JVM of its own on a test's broker and MongoDB, so the test
 * can kill it like the operating system would, while its data lives on in the test's JVM.
 */
final class FeeServiceProcess {

    /** Set by Failsafe to the jar {@code package} built. */
    private static final String JAR_PROPERTY = "fee-service.jar";
    // Nothing listens there: a service that only consumes never fetches the signing keys.
    private static final String NO_KEYCLOAK = "http://127.0.0.1:9/realms/kokemus";

    private final Process process;

    private FeeServiceProcess(Process process) {
        this.process = process;
    }

    static FeeServiceProcess start(ServiceInfrastructure infrastructure, String database, Path log) throws IOException {
        Path jar = Path.of(System.getProperty(JAR_PROPERTY, "target/fee-service.jar"));
        assertThat(jar).as("the packaged service (run with mvn verify)").isRegularFile();
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                "--kokemus.fees.auto-close=false",
                // The broker hands a killed consumer's partitions on when its session times out (default 45 s).
                "--spring.kafka.consumer.properties.session.timeout.ms=6000",
                "--spring.kafka.consumer.properties.heartbeat.interval.ms=1000"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "MONGODB_URI", infrastructure.mongoUri(),
                "MONGODB_DATABASE", database,
                "KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers(),
                "PORT", "0",
                "KEYCLOAK_ISSUER", NO_KEYCLOAK,
                "KEYCLOAK_JWKS", NO_KEYCLOAK + "/protocol/openid-connect/certs"));
        return new FeeServiceProcess(builder.start());
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no offset commit, no outbox flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
    }

    /** SIGTERM, then SIGKILL if it does not end in time. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
