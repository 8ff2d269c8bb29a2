package fi.kokemus.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakHomeTest {

    @TempDir
    Path project;

    @TempDir
    Path data;

    private ProjectArtifacts artifacts;

    @BeforeEach
    void project() {
        artifacts = new ProjectArtifacts(project);
    }

    @Test
    void copiesTheDistributionOnceAndKeepsItsData() throws IOException {
        givenDistribution("keycloak-26.7.3");
        givenRealm("{\"realm\":\"kokemus\"}");

        KeycloakHome.prepare(artifacts, data);
        Path database = write(data.resolve("keycloak/data/h2/keycloakdb.mv.db"), "kept");
        Files.writeString(project.resolve("deploy/keycloak/target/keycloak-26.7.3/version.txt"), "changed");
        KeycloakHome.prepare(artifacts, data);

        Path script = KeycloakHome.startScript(data);
        assertThat(Files.isExecutable(script)).isTrue();
        assertThat(data.resolve("keycloak/version.txt")).hasContent("26.7.3");
        assertThat(database).hasContent("kept");
        assertThat(data.resolve("keycloak/data/import/kokemus-realm.json")).hasContent("{\"realm\":\"kokemus\"}");
    }

    @Test
    void refreshesTheRealmFileOnEveryStart() throws IOException {
        givenDistribution("keycloak-26.7.3");
        givenRealm("{\"realm\":\"kokemus\",\"v\":1}");
        KeycloakHome.prepare(artifacts, data);

        givenRealm("{\"realm\":\"kokemus\",\"v\":2}");
        KeycloakHome.prepare(artifacts, data);

        assertThat(data.resolve("keycloak/data/import/kokemus-realm.json")).hasContent("{\"realm\":\"kokemus\",\"v\":2}");
    }

    @Test
    void withoutADistributionSaysWhatToBuild() {
        assertThatThrownBy(() -> KeycloakHome.prepare(artifacts, data))
                .isInstanceOf(MissingArtifactsException.class)
                .hasMessageContaining("deploy/keycloak/target/keycloak-<version>")
                .hasMessageContaining("./mvnw -DskipTests install");
        assertThat(data.resolve("keycloak")).doesNotExist();
    }

    @Test
    void withoutTheRealmSaysWhatIsMissing() throws IOException {
        givenDistribution("keycloak-26.7.3");

        assertThatThrownBy(() -> KeycloakHome.prepare(artifacts, data))
                .isInstanceOf(MissingArtifactsException.class)
                .hasMessageContaining("deploy/keycloak/realm/kokemus-realm.json");
    }

    private void givenDistribution(String name) throws IOException {
        Path dist = project.resolve("deploy/keycloak/target").resolve(name);
        Path script = write(dist.resolve("bin/kc.sh"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(dist.resolve("version.txt"), name.substring("keycloak-".length()));
    }

    private void givenRealm(String json) throws IOException {
        write(project.resolve("deploy/keycloak/realm/kokemus-realm.json"), json);
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
