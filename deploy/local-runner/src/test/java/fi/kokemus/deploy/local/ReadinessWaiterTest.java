package fi.kokemus.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.deploy.local.testprocess.Sleeper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadinessWaiterTest {

    private static final Duration PATIENT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private ManagedProcess process;

    @AfterEach
    void stop() {
        process.stop(Duration.ofSeconds(5));
    }

    @Test
    void returnsOnceTheProcessListens() throws IOException {
        int port = ProbeTest.closedPort();
        process = start("listener", Sleeper.command("--listen", Integer.toString(port)));

        assertThatCode(() -> ReadinessWaiter.awaitReady(process, new Probe.TcpPort("localhost", port), PATIENT))
                .doesNotThrowAnyException();
    }

    @Test
    void aProcessThatExitsFailsWithItsNameExitCodeAndTheEndOfItsLog() throws IOException {
        process = start("crasher", Sleeper.command("--lines", "50", "--exit", "3"));

        assertThatThrownBy(() -> ReadinessWaiter.awaitReady(process, neverReady(), PATIENT))
                .isInstanceOf(StartupException.class)
                .hasMessageStartingWith("crasher did not become ready: exited with code 3")
                .hasMessageContaining("last lines of " + dir.resolve("logs/crasher.log") + " (stack frames left out)")
                .hasMessageEndingWith("line 50")
                .hasMessageContaining("line 11\n")
                .hasMessageNotContaining("line 10\n");
    }

    @Test
    void aProcessThatNeverAnswersFailsAfterTheTimeout() throws IOException {
        process = start("silent", Sleeper.command());
        Probe probe = neverReady();

        assertThatThrownBy(() -> ReadinessWaiter.awaitReady(process, probe, Duration.ofSeconds(1)))
                .isInstanceOf(StartupException.class)
                .hasMessageStartingWith("silent did not become ready: " + probe + " did not answer within 1 s; last seen: no connection");
        assertThat(process.isAlive()).isTrue();
    }

    private Probe neverReady() throws IOException {
        return new Probe.TcpPort("localhost", ProbeTest.closedPort());
    }

    private ManagedProcess start(String name, List<String> command) {
        return ManagedProcess.start(name, command, Map.of(), dir, dir.resolve("logs"));
    }
}
