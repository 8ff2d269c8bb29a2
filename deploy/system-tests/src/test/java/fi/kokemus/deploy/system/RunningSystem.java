package fi.kokemus.deploy.system;

import fi.kokemus.deploy.local.KeycloakTokens;
import fi.kokemus.deploy.local.LocalSystem;
import fi.kokemus.deploy.local.LocalSystemConfig;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One whole system for every system test in the run: starting Keycloak, Kafka, the MongoDB wire
 * server, four services and the gateway takes a minute, so the test classes share it; it stops
 * when the test JVM ends. Each class uses its own members and orders, so they do not meet.
 */
final class RunningSystem {

    /** Shifted ports, so the tests can run next to a local system on the default ports. */
    private static final int PORT_OFFSET = 200;
    private static RunningSystem instance;

    private final LocalSystem system;
    private final KeycloakTokens keycloak;
    private final Gateway gateway;

    private RunningSystem(LocalSystem system) {
        this.system = system;
        this.keycloak = new KeycloakTokens(URI.create(system.keycloakUrl()));
        this.gateway = new Gateway(URI.create(system.gatewayUrl()));
    }

    static synchronized RunningSystem get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static RunningSystem start() {
        try {
            Path projectRoot = Path.of(System.getProperty("project.root", "../.."));
            Path dataDir = Files.createTempDirectory("kokemus-system-test");
            LocalSystem system = LocalSystem.start(LocalSystemConfig.defaults(projectRoot, dataDir)
                    .withPortOffset(PORT_OFFSET));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                system.close();
                delete(dataDir);
            }));
            return new RunningSystem(system);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LocalSystem system() {
        return system;
    }

    KeycloakTokens keycloak() {
        return keycloak;
    }

    Gateway gateway() {
        return gateway;
    }
}
