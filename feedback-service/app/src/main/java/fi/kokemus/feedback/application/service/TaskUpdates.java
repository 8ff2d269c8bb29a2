package fi.kokemus.feedback.application.service;

import fi.kokemus.feedback.application.port.out.ConcurrentTaskUpdate;
import java.util.function.Supplier;

/**
 * Tasks are written under a version check. A whole audience answering the public link at once, or an
 * ordering event arriving while someone answers, makes lost races normal, so a lost race is retried on
 * fresh state.
 */
final class TaskUpdates {

    static final int ATTEMPTS = 5;

    private TaskUpdates() {
    }

    /** Runs {@code attempt} (which reads, changes and writes) until it wins its race, at most {@value #ATTEMPTS} times. */
    static <T> T retrying(Supplier<T> attempt) {
        for (int tries = 1; ; tries++) {
            try {
                return attempt.get();
            } catch (ConcurrentTaskUpdate lostRace) {
                if (tries == ATTEMPTS) {
                    throw lostRace;
                }
            }
        }
    }
}
