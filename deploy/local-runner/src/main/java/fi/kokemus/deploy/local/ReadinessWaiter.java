package fi.kokemus.deploy.local;

import java.time.Duration;
import java.time.Instant;

/** Polls a process's probe until it answers, the process dies or the timeout passes. */
final class ReadinessWaiter {

    /** Often enough for a quick start, rare enough not to flood a service's log with failing health checks. */
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private ReadinessWaiter() {
    }

    static void awaitReady(ManagedProcess process, Probe probe, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            if (!process.isAlive()) {
                throw new StartupException(process.name(),
                        "exited with code " + process.exitValue() + " before " + probe + " answered", process.log());
            }
            Probe.Check check = probe.check();
            if (check.ready()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StartupException(process.name(), probe + " did not answer within " + timeout.toSeconds()
                        + " s; last seen: " + check.observed(), process.log());
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
