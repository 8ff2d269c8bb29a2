package fi.kokemus.deploy.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The whole system as local processes: Kafka, the MongoDB wire server and Keycloak, then the four services,
 * then the gateway. Each starts as soon as what it depends on is ready; {@link #start} returns when every
 * process is ready and {@link #close} stops them all, newest first. A JVM shutdown (Ctrl-C) stops them too.
 */
public final class LocalSystem implements AutoCloseable {

    static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final LocalSystemConfig config;
    private final StartedProcesses processes = new StartedProcesses(STOP_GRACE);
    private final Thread shutdownHook = new Thread(this::stopAll, "local-system-shutdown");

    private LocalSystem(LocalSystemConfig config) {
        this.config = config;
    }

    public static LocalSystem start(LocalSystemConfig config) {
        List<Component> components = SystemTopology.components(config);
        requireBuilt(new ProjectArtifacts(config.projectRoot()), components);
        PortsInUse.requireFree(config.ports());
        return start(config, JarSnapshots.inDirectory(components, config.dataDir().resolve("jars")));
    }

    /** Starts {@code components}, each after the ones it depends on, which must come earlier in the list. */
    static LocalSystem start(LocalSystemConfig config, List<Component> components) {
        LocalSystem system = new LocalSystem(config);
        Runtime.getRuntime().addShutdownHook(system.shutdownHook);
        try {
            system.startInDependencyOrder(components);
        } catch (RuntimeException failure) {
            boolean stoppedWhileStarting = system.processes.isStopping();
            system.close();
            // after Ctrl-C every process "fails"; that is no startup problem worth a log tail
            throw stoppedWhileStarting ? new CancellationException("Stopped while starting") : failure;
        }
        system.reportUnexpectedExits();
        return system;
    }

    public LocalSystemConfig config() {
        return config;
    }

    public String gatewayUrl() {
        return SystemTopology.httpUrl(config.ports().gateway());
    }

    public String keycloakUrl() {
        return SystemTopology.httpUrl(config.ports().keycloak());
    }

    public String issuer() {
        return SystemTopology.issuer(config.ports());
    }

    public String kafkaBootstrapServers() {
        return SystemTopology.kafkaBootstrapServers(config.ports());
    }

    public String mongoUri() {
        return SystemTopology.mongoUri(config.ports());
    }

    public List<ManagedProcess> processes() {
        return processes.list();
    }

    /** Total resident memory of every started process and its children; empty where it cannot be measured. */
    public OptionalLong residentMemoryBytes() {
        return ResidentMemory.bytes(processes.list().stream().flatMap(process -> process.tree().stream()).toList());
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shutdownAlreadyRunning) {
            // the hook itself is stopping the processes
        }
    }

    private void stopAll() {
        if (!processes.isStopping()) {
            Progress.say("stopping " + processes.list().size() + " processes");
            processes.stopAll();
            Progress.say("all stopped");
        }
    }

    private static void requireBuilt(ProjectArtifacts artifacts, List<Component> components) {
        List<Path> missing = Stream.concat(
                        components.stream().map(component -> component.launch().builtFile()),
                        Stream.of(artifacts.keycloakRealmDir()))
                .filter(file -> !Files.exists(file))
                .toList();
        if (!missing.isEmpty()) {
            throw new MissingArtifactsException(artifacts.root(), missing);
        }
    }

    private void startInDependencyOrder(List<Component> components) {
        ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());
        Map<String, CompletableFuture<Void>> ready = new HashMap<>();
        CompletableFuture<Void> firstFailure = new CompletableFuture<>();
        try {
            for (Component component : components) {
                CompletableFuture<?>[] dependencies = component.dependsOn().stream()
                        .map(dependency -> requireStartedEarlier(ready, dependency, component))
                        .toArray(CompletableFuture[]::new);
                CompletableFuture<Void> componentReady = CompletableFuture.allOf(dependencies)
                        .thenRunAsync(() -> startAndAwait(component), executor);
                componentReady.whenComplete((ignored, failure) -> {
                    if (failure != null) {
                        firstFailure.completeExceptionally(failure);
                    }
                });
                ready.put(component.name(), componentReady);
            }
            CompletableFuture<Void> allReady = CompletableFuture.allOf(ready.values().toArray(CompletableFuture[]::new));
            CompletableFuture.anyOf(allReady, firstFailure).join();
        } catch (CompletionException failure) {
            throw rootCause(failure);
        } finally {
            executor.shutdown();
        }
    }

    private void startAndAwait(Component component) {
        long started = System.nanoTime();
        ManagedProcess process = ManagedProcess.start(component.name(), component.launch().command(config.javaExecutable()),
                component.environment(), config.dataDir(), config.logDir());
        processes.add(process);
        Progress.say("started " + process + ", waiting for " + component.readiness());
        ReadinessWaiter.awaitReady(process, component.readiness(), config.startupTimeout());
        Progress.say(component.name() + " ready after " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
    }

    private void reportUnexpectedExits() {
        for (ManagedProcess process : processes.list()) {
            process.onExit().thenRun(() -> {
                if (!processes.isStopping()) {
                    Progress.say("WARNING: " + process.name() + " exited with code " + process.exitValue()
                            + "; its log: " + process.log());
                }
            });
        }
    }

    private static CompletableFuture<Void> requireStartedEarlier(Map<String, CompletableFuture<Void>> ready,
            String dependency, Component component) {
        CompletableFuture<Void> future = ready.get(dependency);
        if (future == null) {
            throw new IllegalArgumentException(component.name() + " depends on " + dependency
                    + ", which is not listed before it");
        }
        return future;
    }

    private static RuntimeException rootCause(CompletionException failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "local-system-start-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
