package fi.kokemus.deploy.local;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;

/** {@code java -jar local-runner.jar}: starts the whole system, prints how to use it, runs until Ctrl-C. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        long started = System.nanoTime();
        LocalSystem system;
        RunnerArguments arguments;
        try {
            arguments = RunnerArguments.parse(args);
            if (arguments.help()) {
                System.out.print(RunnerArguments.USAGE);
                return;
            }
            LocalSystemConfig config = arguments.toConfig(runnerLocation());
            Progress.say("starting the local system from " + config.projectRoot() + ", data in " + config.dataDir());
            system = LocalSystem.start(config);
        } catch (RuntimeException failure) {
            System.err.println(failure.getMessage());
            System.exit(1);
            return;
        }
        System.out.println(ReadyBanner.text(system, Duration.ofNanos(System.nanoTime() - started),
                arguments.demoMembers()));
        if (arguments.demoMembers() > 0) {
            DemoMembers.of(system).loadReporting(arguments.demoMembers());
        }
        // The JVM's shutdown hook (SIGINT, SIGTERM) stops the system; until then there is nothing to do.
        Thread.currentThread().join();
    }

    private static Path runnerLocation() {
        try {
            return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException unknown) {
            return Path.of("").toAbsolutePath();
        }
    }
}
