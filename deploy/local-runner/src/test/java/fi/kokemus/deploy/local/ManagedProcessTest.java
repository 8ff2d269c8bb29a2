package fi.kokemus.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.deploy.local.testprocess.Sleeper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagedProcessTest {

    @TempDir
    Path dir;

    private ManagedProcess process;

    @AfterEach
    void stopLeftovers() {
        if (process != null) {
            process.tree().forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void stopEndsTheProcessAndEveryProcessItSpawned() throws Exception {
        process = start("parent", Sleeper.command("--child"));
        List<ProcessHandle> tree = awaitTreeOf(2);

        ManagedProcess.Ending ending = process.stop(Duration.ofSeconds(10));

        assertThat(ending).isEqualTo(ManagedProcess.Ending.TERMINATED);
        assertThat(tree).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void stopKillsAProcessThatIgnoresSigterm() throws Exception {
        process = start("stubborn", Sleeper.command("--ignore-term"));
        awaitLogLine("sleeping");
        long started = System.nanoTime();

        ManagedProcess.Ending ending = process.stop(Duration.ofMillis(500));

        assertThat(ending).isEqualTo(ManagedProcess.Ending.KILLED);
        assertThat(process.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void ctrlCInATerminalLeavesTheProcessToTheRunner() throws Exception {
        process = start("shielded", Sleeper.command());
        awaitLogLine("sleeping");

        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();

        assertThat(process.onExit().completeOnTimeout(null, 2, TimeUnit.SECONDS).get()).isNull();
        assertThat(process.isAlive()).isTrue();
    }

    @Test
    void outputAndEnvironmentGoToTheProcessLog() throws Exception {
        process = ManagedProcess.start("printer", Sleeper.command("--env", "KOKEMUS_TEST", "--lines", "2", "--exit", "3"),
                Map.of("KOKEMUS_TEST", "given"), dir.resolve("work"), dir.resolve("logs"));

        process.onExit().get(30, TimeUnit.SECONDS);

        assertThat(process.exitValue()).isEqualTo(3);
        assertThat(process.log()).isEqualTo(dir.resolve("logs/printer.log"));
        assertThat(Files.readAllLines(process.log())).contains("KOKEMUS_TEST=given", "line 1", "line 2");
    }

    private ManagedProcess start(String name, List<String> command) {
        return ManagedProcess.start(name, command, Map.of(), dir.resolve("work"), dir.resolve("logs"));
    }

    private List<ProcessHandle> awaitTreeOf(int size) throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            List<ProcessHandle> tree = process.tree();
            if (tree.size() == size) {
                return tree;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("tree of " + process + " never reached " + size + " processes: " + process.tree());
    }

    private void awaitLogLine(String line) throws InterruptedException, IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            if (Files.readAllLines(process.log()).contains(line)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(process.log() + " never printed " + line);
    }
}
