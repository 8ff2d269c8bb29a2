package fi.kokemus.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarSnapshotsTest {

    @TempDir
    Path build;

    @TempDir
    Path snapshots;

    @Test
    void theSystemRunsACopyThatARebuildDoesNotTouch() throws IOException {
        Path jar = Files.writeString(build.resolve("registry-service.jar"), "first build");

        Component running = JarSnapshots.inDirectory(List.of(service(jar)), snapshots).get(0);
        Files.writeString(jar, "second build, written while the system runs");

        Path copy = ((Launch.JavaJar) running.launch()).jar();
        assertThat(copy).isEqualTo(snapshots.resolve("registry-service.jar")).hasContent("first build");
        assertThat(running.launch().command(Path.of("java"))).containsExactly(
                "java", "-Xmx64m", "-jar", copy.toString(), "--flag");
    }

    @Test
    void theNextStartTakesTheNewBuild() throws IOException {
        Path jar = Files.writeString(build.resolve("registry-service.jar"), "first build");
        JarSnapshots.inDirectory(List.of(service(jar)), snapshots);
        Files.writeString(jar, "second build");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));

        JarSnapshots.inDirectory(List.of(service(jar)), snapshots);

        assertThat(snapshots.resolve("registry-service.jar")).hasContent("second build");
    }

    @Test
    void anUnchangedJarIsNotCopiedAgain() throws IOException {
        Path jar = Files.writeString(build.resolve("registry-service.jar"), "build");
        JarSnapshots.inDirectory(List.of(service(jar)), snapshots);
        Path copy = snapshots.resolve("registry-service.jar");
        long inode = (long) Files.getAttribute(copy, "unix:ino");

        JarSnapshots.inDirectory(List.of(service(jar)), snapshots);

        assertThat((long) Files.getAttribute(copy, "unix:ino")).isEqualTo(inode);
    }

    @Test
    void scriptsRunWhereTheyAre() {
        Component keycloak = new Component("keycloak", 8180, new Launch.Script(Path.of("/dist/bin/kc.sh"), List.of()),
                Map.of(), new Probe.HttpOk(URI.create("http://localhost:8180/")), Set.of());

        assertThat(JarSnapshots.inDirectory(List.of(keycloak), snapshots)).containsExactly(keycloak);
    }

    private static Component service(Path jar) {
        return new Component("registry-service", 8081, new Launch.JavaJar(jar, List.of("-Xmx64m"), List.of("--flag")),
                Map.of(), new Probe.HealthUp(URI.create("http://localhost:8081/actuator/health")), Set.of());
    }
}
