package fi.kokemus.deploy.local;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** Progress lines on standard output, so a person (or a test log) sees what the runner is doing. */
final class Progress {

    private Progress() {
    }

    static void say(String message) {
        System.out.println("[local-runner " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + message);
    }
}
