package fi.kokemus.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunnerArgumentsTest {

    @TempDir
    Path project;

    @Test
    void withoutOptionsRunsOnTheDefaultsWithDataInTheProject() throws IOException {
        Path jar = givenRunnerJar();

        LocalSystemConfig config = RunnerArguments.parse().toConfig(jar);

        assertThat(config.projectRoot()).isEqualTo(project.toAbsolutePath());
        assertThat(config.dataDir()).isEqualTo(project.resolve(".run").toAbsolutePath());
        assertThat(config.ports()).isEqualTo(Ports.defaults());
    }

    @Test
    void optionsOverrideDataDirPortsAndTimeout() throws IOException {
        Path jar = givenRunnerJar();

        LocalSystemConfig config = RunnerArguments.parse(
                "--data-dir", "/tmp/other", "--port-offset", "100", "--startup-timeout", "30").toConfig(jar);

        assertThat(config.dataDir()).isEqualTo(Path.of("/tmp/other"));
        assertThat(config.ports()).isEqualTo(Ports.defaults().withOffset(100));
        assertThat(config.startupTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void anExplicitProjectRootNeedsNoJarLocation() {
        LocalSystemConfig config = RunnerArguments.parse("--project-root", project.toString()).toConfig(Path.of("/"));

        assertThat(config.projectRoot()).isEqualTo(project.toAbsolutePath());
    }

    @Test
    void demoMembersDefaultToSomeHundredsAndZeroTurnsThemOff() {
        assertThat(RunnerArguments.parse().demoMembers()).isEqualTo(RunnerArguments.DEFAULT_DEMO_MEMBERS).isPositive();
        assertThat(RunnerArguments.parse("--demo-members", "0").demoMembers()).isZero();
        assertThat(RunnerArguments.parse("--demo-members", "2000").demoMembers()).isEqualTo(2000);
        assertThatThrownBy(() -> RunnerArguments.parse("--demo-members", "-1"))
                .hasMessageContaining("--demo-members may not be negative");
    }

    @Test
    void helpAsksForUsage() {
        assertThat(RunnerArguments.parse("--help").help()).isTrue();
    }

    @Test
    void unknownOrIncompleteOptionsAreRefusedWithUsage() {
        assertThatThrownBy(() -> RunnerArguments.parse("--verbose", "x"))
                .hasMessageContaining("Unknown option --verbose").hasMessageContaining("Usage:");
        assertThatThrownBy(() -> RunnerArguments.parse("--data-dir"))
                .hasMessageContaining("--data-dir needs a value");
        assertThatThrownBy(() -> RunnerArguments.parse("--port-offset", "ten"))
                .hasMessageContaining("--port-offset needs a number, got 'ten'");
    }

    @Test
    void outsideAProjectAsksForTheRoot() {
        assertThatThrownBy(() -> RunnerArguments.parse().toConfig(project))
                .hasMessageContaining("pass --project-root");
    }

    private Path givenRunnerJar() throws IOException {
        Files.createDirectories(project.resolve("deploy/local-runner/target"));
        Files.writeString(project.resolve("deploy/local-runner/pom.xml"), "<project/>");
        return Files.writeString(project.resolve("deploy/local-runner/target/local-runner.jar"), "");
    }
}
