package fi.kokemus.deploy.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A started process whose output goes to its own log file, stopped together with every process it spawned.
 * It ignores SIGINT: Ctrl-C in a terminal reaches the whole foreground process group, and only the runner
 * should react to it, stopping the processes newest first (a service that outlives its database hangs).
 */
public final class ManagedProcess {

    /** {@code trap '' INT} survives the exec, so the command itself starts with SIGINT ignored. */
    private static final List<String> IGNORING_SIGINT = List.of("/bin/sh", "-c", "trap '' INT; exec \"$@\"", "sh");

    private final String name;
    private final Process process;
    private final Path log;

    private ManagedProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code command} in {@code workingDirectory}; stdout and stderr go to {@code <logDir>/<name>.log}. */
    public static ManagedProcess start(String name, List<String> command, Map<String, String> environment,
            Path workingDirectory, Path logDir) {
        Path log = logDir.resolve(name + ".log");
        try {
            Files.createDirectories(logDir);
            Files.createDirectories(workingDirectory);
            List<String> shielded = new ArrayList<>(IGNORING_SIGINT);
            shielded.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(shielded)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            builder.environment().putAll(environment);
            return new ManagedProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + " (" + String.join(" ", command) + ")", e);
        }
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code, once the process has ended. */
    public int exitValue() {
        return process.exitValue();
    }

    public CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** The process and everything it spawned that still runs (start scripts re-exec java, for one). */
    public List<ProcessHandle> tree() {
        ProcessHandle root = process.toHandle();
        return Stream.concat(Stream.of(root), root.descendants()).filter(ProcessHandle::isAlive).toList();
    }

    /** How a stop went: everything ended on SIGTERM, or something had to be killed. */
    public enum Ending { TERMINATED, KILLED }

    /** SIGTERM to the whole tree, then SIGKILL to whatever still runs after {@code grace}. */
    public Ending stop(Duration grace) {
        List<ProcessHandle> tree = tree();
        tree.forEach(ProcessHandle::destroy);
        if (awaitExit(tree, grace)) {
            return Ending.TERMINATED;
        }
        List<ProcessHandle> survivors = new ArrayList<>(tree);
        process.toHandle().descendants().forEach(survivors::add);
        survivors.forEach(ProcessHandle::destroyForcibly);
        awaitExit(survivors, grace);
        return Ending.KILLED;
    }

    private static boolean awaitExit(List<ProcessHandle> handles, Duration timeout) {
        CompletableFuture<?> allExited = CompletableFuture.allOf(
                handles.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new));
        try {
            allExited.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ")";
    }
}
