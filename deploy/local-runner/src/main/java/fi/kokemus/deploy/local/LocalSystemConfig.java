package fi.kokemus.deploy.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Where the project and the data live, which ports to use, which java runs the processes, how long
 * each process may take to become ready and the JVM options of the MongoDB wire server, which holds the data.
 */
public record LocalSystemConfig(
        Path projectRoot,
        Path dataDir,
        Ports ports,
        Path javaExecutable,
        Duration startupTimeout,
        List<String> mongoJvmOptions) {

    /** The wire server holds the data and builds every aggregation's intermediate results on its heap. */
    public static final List<String> DEFAULT_MONGO_JVM_OPTIONS =
            List.of("-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

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
        mongoJvmOptions = List.copyOf(mongoJvmOptions);
        projectRoot = projectRoot.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        if (startupTimeout.isNegative() || startupTimeout.isZero()) {
            throw new IllegalArgumentException("startupTimeout must be positive, was " + startupTimeout);
        }
    }

    public static LocalSystemConfig defaults(Path projectRoot, Path dataDir) {
        return new LocalSystemConfig(projectRoot, dataDir, Ports.defaults(), currentJava(), DEFAULT_STARTUP_TIMEOUT,
                DEFAULT_MONGO_JVM_OPTIONS);
    }

    public LocalSystemConfig withPortOffset(int offset) {
        return withPorts(ports.withOffset(offset));
    }

    public LocalSystemConfig withPorts(Ports newPorts) {
        return new LocalSystemConfig(projectRoot, dataDir, newPorts, javaExecutable, startupTimeout, mongoJvmOptions);
    }

    public LocalSystemConfig withStartupTimeout(Duration timeout) {
        return new LocalSystemConfig(projectRoot, dataDir, ports, javaExecutable, timeout, mongoJvmOptions);
    }

    public LocalSystemConfig withJavaExecutable(Path java) {
        return new LocalSystemConfig(projectRoot, dataDir, ports, java, startupTimeout, mongoJvmOptions);
    }

    public LocalSystemConfig withMongoJvmOptions(List<String> options) {
        return new LocalSystemConfig(projectRoot, dataDir, ports, javaExecutable, startupTimeout, options);
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
