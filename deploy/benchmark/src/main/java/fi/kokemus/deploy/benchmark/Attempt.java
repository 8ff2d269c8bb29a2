package fi.kokemus.deploy.benchmark;

import java.util.Optional;
import java.util.function.Supplier;

/** One step of a phase: a failure becomes a row of its own, so the other steps and phases still run. */
final class Attempt {

    private Attempt() {
    }

    static <T> Optional<T> of(ResultTable table, String phase, String name, String via, Supplier<T> step) {
        try {
            return Optional.of(step.get());
        } catch (RuntimeException failure) {
            System.out.println("[benchmark] " + phase + " / " + name + " / " + via + " failed: " + failure);
            table.failed(phase, name, via, String.valueOf(failure.getMessage()));
            return Optional.empty();
        }
    }
}
