package fi.kokemus.deploy.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/** Where `./mvnw -DskipTests install` leaves what the local system runs. */
public record ProjectArtifacts(Path root) {

    /** The Keycloak version of the root pom, written into this module's resources by the build. */
    public static final String KEYCLOAK_VERSION = buildVersions().getProperty("keycloak.version");

    public Path kafkaBrokerJar() {
        return root.resolve("deploy/kafka-broker/target/kafka-broker.jar");
    }

    public Path mongoServerJar() {
        return root.resolve("deploy/mongo-server/target/mongo-server.jar");
    }

    /** The unpacked Keycloak distribution; it stays unchanged after its one-time build, data goes elsewhere. */
    public Path keycloakStartScript() {
        return root.resolve("deploy/keycloak/target/keycloak-" + KEYCLOAK_VERSION + "/bin/kc.sh");
    }

    /** Keycloak imports every {@code *-realm.json} here whose realm does not exist yet. */
    public Path keycloakRealmDir() {
        return root.resolve("deploy/keycloak/realm");
    }

    /** A service's or the gateway's executable jar, e.g. {@code registry-service/app/target/registry-service.jar}. */
    public Path bootJar(String relativePath) {
        return root.resolve(relativePath);
    }

    private static Properties buildVersions() {
        Properties versions = new Properties();
        try (InputStream in = ProjectArtifacts.class.getResourceAsStream("versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("versions.properties is missing from the runner's jar");
            }
            versions.load(in);
            return versions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
