package fi.kokemus.registry.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How far back an accepted assignment still counts towards an expert's recent workload, by its
 * start: assignments starting within the window or later count, older ones no longer do.
 */
public record WorkloadWindow(Duration length) {

    public WorkloadWindow {
        Objects.requireNonNull(length, "length");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("the workload window must be positive: " + length);
        }
    }

    /** The earliest start that still counts as recent at {@code now}. */
    public Instant recentSince(Instant now) {
        return now.minus(length);
    }

    public boolean isRecent(Instant startsAt, Instant now) {
        return !startsAt.isBefore(recentSince(now));
    }
}
