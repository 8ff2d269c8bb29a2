package fi.kokemus.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Where `./mvnw -DskipTests install` leaves what the local system runs. */
public record ProjectArtifacts(Path root) {

    public Path kafkaBrokerJar() {
        return root.resolve("deploy/kafka-broker/target/kafka-broker.jar");
    }

    public Path mongoServerJar() {
        return root.resolve("deploy/mongo-server/target/mongo-server.jar");
    }

    public Path keycloakRealm() {
        return root.resolve("deploy/keycloak/realm/kokemus-realm.json");
    }

    /** The unpacked Keycloak distribution, {@code deploy/keycloak/target/keycloak-<version>/}. */
    public Optional<Path> keycloakDistribution() {
        Path target = root.resolve("deploy/keycloak/target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(target)) {
            return entries
                    .filter(dir -> dir.getFileName().toString().startsWith("keycloak-"))
                    .filter(dir -> Files.isRegularFile(dir.resolve(KeycloakHome.START_SCRIPT)))
                    .sorted()
                    .reduce((older, newer) -> newer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A service's or the gateway's executable jar, e.g. {@code registry-service/app/target/registry-service.jar}. */
    public Path bootJar(String relativePath) {
        return root.resolve(relativePath);
    }
}
