package fi.kokemus.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.deploy.local.testprocess.Sleeper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartedProcessesTest {

    @TempDir
    Path dir;

    private final StartedProcesses processes = new StartedProcesses(Duration.ofSeconds(5));

    @Test
    void stopAllStopsEveryProcess() {
        ManagedProcess first = start("first");
        ManagedProcess second = start("second");
        processes.add(first);
        processes.add(second);

        processes.stopAll();

        assertThat(first.isAlive()).isFalse();
        assertThat(second.isAlive()).isFalse();
        assertThat(processes.isStopping()).isTrue();
    }

    @Test
    void aProcessStartedWhileStoppingIsStoppedAtOnce() {
        processes.stopAll();
        ManagedProcess late = start("late");

        assertThatThrownBy(() -> processes.add(late)).isInstanceOf(CancellationException.class)
                .hasMessageContaining("late");
        assertThat(late.isAlive()).isFalse();
        assertThat(processes.list()).isEmpty();
    }

    private ManagedProcess start(String name) {
        return ManagedProcess.start(name, Sleeper.command(), Map.of(), dir, dir.resolve("logs"));
    }
}
