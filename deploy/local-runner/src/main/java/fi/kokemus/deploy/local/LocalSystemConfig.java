package fi.kokemus.deploy.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the project and the data live, which ports to use, which java runs the processes and how long
 * each process may take to become ready.
 */
public record LocalSystemConfig(
        Path projectRoot,
        Path dataDir,
        Ports ports,
        Path javaExecutable,
        Duration startupTimeout) {

    /**
     * Keycloak's first start (one-time Quarkus build, realm import) is the slowest step: about a minute on an idle
     * 2-core machine, several on a busy one.
     */
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofMinutes(5);

    public LocalSystemConfig {
        Objects.requireNonNull(projectRoot, "projectRoot");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(javaExecutable, "javaExecutable");
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        projectRoot = projectRoot.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        if (startupTimeout.isNegative() || startupTimeout.isZero()) {
            throw new IllegalArgumentException("startupTimeout must be positive, was " + startupTimeout);
        }
    }

    public static LocalSystemConfig defaults(Path projectRoot, Path dataDir) {
        return new LocalSystemConfig(projectRoot, dataDir, Ports.defaults(), currentJava(), DEFAULT_STARTUP_TIMEOUT);
    }

    public LocalSystemConfig withPortOffset(int offset) {
        return withPorts(ports.withOffset(offset));
    }

    public LocalSystemConfig withPorts(Ports newPorts) {
        return new LocalSystemConfig(projectRoot, dataDir, newPorts, javaExecutable, startupTimeout);
    }

    public LocalSystemConfig withStartupTimeout(Duration timeout) {
        return new LocalSystemConfig(projectRoot, dataDir, ports, javaExecutable, timeout);
    }

    public LocalSystemConfig withJavaExecutable(Path java) {
        return new LocalSystemConfig(projectRoot, dataDir, ports, java, startupTimeout);
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /** The java running this JVM, so every process runs on the same JDK as the runner or the test. */
    static Path currentJava() {
        return ProcessHandle.current().info().command()
                .map(Path::of)
                .filter(path -> path.getFileName().toString().startsWith("java"))
                .filter(Files::isExecutable)
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java"));
    }
}
