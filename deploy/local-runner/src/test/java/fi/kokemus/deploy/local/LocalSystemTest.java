package fi.kokemus.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.deploy.local.testprocess.Sleeper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The orchestration, with stand-in processes instead of the real system. */
class LocalSystemTest {

    @TempDir
    Path project;

    @TempDir
    Path data;

    @Test
    void startsEachProcessAfterItsDependenciesAndStopsThemAll() throws IOException {
        int basePort = ProbeTest.closedPort();
        int dependentPort = ProbeTest.closedPort();
        List<Component> components = List.of(
                listener("base", basePort, Set.of()),
                listener("dependent", dependentPort, Set.of("base")));

        LocalSystem system = LocalSystem.start(config(), components);
        List<ManagedProcess> started = system.processes();
        system.close();

        assertThat(started).extracting(ManagedProcess::name).containsExactly("base", "dependent");
        assertThat(started).noneMatch(ManagedProcess::isAlive);
        assertThat(data.resolve("logs/dependent.log")).content().contains("sleeping on " + dependentPort);
    }

    @Test
    void aFailingProcessStopsTheOthersAndItsDependentsNeverStart() throws IOException {
        List<Component> components = List.of(
                listener("healthy", ProbeTest.closedPort(), Set.of()),
                new Component("broken", ProbeTest.closedPort(), sleeper("--lines", "3", "--exit", "2"), Map.of(),
                        new Probe.TcpPort("localhost", ProbeTest.closedPort()), Set.of()),
                listener("dependent", ProbeTest.closedPort(), Set.of("broken")));

        assertThatThrownBy(() -> LocalSystem.start(config(), components))
                .isInstanceOf(StartupException.class)
                .hasMessageStartingWith("broken did not become ready: exited with code 2")
                .hasMessageContaining("line 3");

        assertThat(isRunning("healthy")).isFalse();
        assertThat(data.resolve("logs/dependent.log")).doesNotExist();
    }

    @Test
    void aDependencyListedLaterIsRefused() throws IOException {
        List<Component> components = List.of(
                listener("dependent", ProbeTest.closedPort(), Set.of("base")),
                listener("base", ProbeTest.closedPort(), Set.of()));

        assertThatThrownBy(() -> LocalSystem.start(config(), components))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dependent depends on base, which is not listed before it");
    }

    @Test
    void theRealSystemRefusesToStartBeforeItIsBuilt() {
        assertThatThrownBy(() -> LocalSystem.start(LocalSystemConfig.defaults(project, data)))
                .isInstanceOf(MissingArtifactsException.class)
                .hasMessageContaining(project.resolve("deploy/kafka-broker/target/kafka-broker.jar").toString())
                .hasMessageContaining(project.resolve("gateway/target/gateway.jar").toString())
                .hasMessageContaining(project.resolve("deploy/keycloak/realm").toString())
                .hasMessageContaining("/bin/kc.sh")
                .hasMessageContaining("./mvnw -DskipTests install");
    }

    private LocalSystemConfig config() {
        return LocalSystemConfig.defaults(project, data).withStartupTimeout(Duration.ofSeconds(60));
    }

    private static Component listener(String name, int port, Set<String> dependsOn) {
        return new Component(name, port, sleeper("--listen", Integer.toString(port)), Map.of(),
                new Probe.TcpPort("localhost", port), dependsOn);
    }

    /** Runs the stand-in through the generic "executable plus arguments" launch. */
    private static Launch sleeper(String... args) {
        List<String> command = Sleeper.command(args);
        return new Launch.Script(Path.of(command.get(0)), command.subList(1, command.size()));
    }

    /** Whether the stand-in that logged its pid as its first line still runs. */
    private boolean isRunning(String name) throws IOException {
        String firstLine = Files.readAllLines(data.resolve("logs/" + name + ".log")).get(0);
        long pid = Long.parseLong(firstLine.substring("pid ".length()));
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
