package fi.kokemus.deploy.local;

import java.time.Duration;
import java.time.Instant;

/** Polls a process's probe until it answers, the process dies or the timeout passes. */
final class ReadinessWaiter {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private ReadinessWaiter() {
    }

    static void awaitReady(ManagedProcess process, Probe probe, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            if (!process.isAlive()) {
                throw new StartupException(process.name(),
                        "exited with code " + process.exitValue() + " before " + probe + " answered", process.log());
            }
            if (probe.isReady()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StartupException(process.name(),
                        probe + " did not answer within " + timeout.toSeconds() + " s", process.log());
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new StartupException(process.name(), "interrupted while waiting for " + probe, process.log());
            }
        }
    }
}
