package fi.kokemus.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProjectArtifactsTest {

    private final ProjectArtifacts artifacts = new ProjectArtifacts(Path.of("/project"));

    @Test
    void knowsTheKeycloakVersionTheBuildUnpacks() {
        assertThat(ProjectArtifacts.KEYCLOAK_VERSION).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(artifacts.keycloakStartScript()).isEqualTo(
                Path.of("/project/deploy/keycloak/target/keycloak-" + ProjectArtifacts.KEYCLOAK_VERSION + "/bin/kc.sh"));
    }

    @Test
    void infrastructureJarsAndRealmLiveInTheirDeployModules() {
        assertThat(artifacts.kafkaBrokerJar()).isEqualTo(Path.of("/project/deploy/kafka-broker/target/kafka-broker.jar"));
        assertThat(artifacts.mongoServerJar()).isEqualTo(Path.of("/project/deploy/mongo-server/target/mongo-server.jar"));
        assertThat(artifacts.keycloakRealmDir()).isEqualTo(Path.of("/project/deploy/keycloak/realm"));
    }
}
