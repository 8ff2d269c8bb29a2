package fi.kokemus.deploy.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The runner's command line: {@code [--data-dir DIR] [--project-root DIR] [--port-offset N]
 * [--startup-timeout SECONDS] [--demo-members N]}.
 */
record RunnerArguments(
        Optional<Path> dataDir,
        Optional<Path> projectRoot,
        int portOffset,
        Duration startupTimeout,
        int demoMembers,
        boolean help) {

    static final int DEFAULT_DEMO_MEMBERS = 500;

    static final String USAGE = """
            Usage: java -jar deploy/local-runner/target/local-runner.jar [options]
              --data-dir DIR            where Kafka, MongoDB and Keycloak keep their data and every process its log
                                        (default: <project root>/.run)
              --project-root DIR        the checked-out project (default: found from the jar's location)
              --port-offset N           add N to every port, to run next to another local system (default: 0)
              --startup-timeout SECONDS how long each process may take to become ready (default: %d)
              --demo-members N          synthetic NGO members put into the registry once the system is up, unless
                                        an earlier start did; 0 loads none (default: %d)
              --help                    this text
            """.formatted(LocalSystemConfig.DEFAULT_STARTUP_TIMEOUT.toSeconds(), DEFAULT_DEMO_MEMBERS);

    static RunnerArguments parse(String... args) {
        Optional<Path> dataDir = Optional.empty();
        Optional<Path> projectRoot = Optional.empty();
        int portOffset = 0;
        Duration startupTimeout = LocalSystemConfig.DEFAULT_STARTUP_TIMEOUT;
        int demoMembers = DEFAULT_DEMO_MEMBERS;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return new RunnerArguments(dataDir, projectRoot, portOffset, startupTimeout, demoMembers, true);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
            }
            String value = args[++i];
            switch (option) {
                case "--data-dir" -> dataDir = Optional.of(Path.of(value));
                case "--project-root" -> projectRoot = Optional.of(Path.of(value));
                case "--port-offset" -> portOffset = number(option, value);
                case "--startup-timeout" -> startupTimeout = Duration.ofSeconds(number(option, value));
                case "--demo-members" -> demoMembers = count(option, value);
                default -> throw new IllegalArgumentException("Unknown option " + option + "\n" + USAGE);
            }
        }
        return new RunnerArguments(dataDir, projectRoot, portOffset, startupTimeout, demoMembers, false);
    }

    /** The config these arguments ask for; the project root defaults to the checkout {@code runnerLocation} is in. */
    LocalSystemConfig toConfig(Path runnerLocation) {
        Path root = projectRoot.orElseGet(() -> enclosingProject(runnerLocation));
        return LocalSystemConfig.defaults(root, dataDir.orElse(root.resolve(".run")))
                .withPortOffset(portOffset)
                .withStartupTimeout(startupTimeout);
    }

    /** The nearest directory above {@code start} that holds this module, i.e. the project root. */
    static Path enclosingProject(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy/local-runner/pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalArgumentException("No project found above " + start + "; pass --project-root\n" + USAGE);
    }

    private static int count(String option, String value) {
        int count = number(option, value);
        if (count < 0) {
            throw new IllegalArgumentException(option + " may not be negative, got " + count + "\n" + USAGE);
        }
        return count;
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got '" + value + "'\n" + USAGE);
        }
    }
}
