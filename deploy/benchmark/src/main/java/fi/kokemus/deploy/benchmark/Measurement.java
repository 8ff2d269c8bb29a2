package fi.kokemus.deploy.benchmark;

import java.time.Duration;

/** {@code operations} done in {@code wall} time; one latency per request (a batch counts as one request). */
public record Measurement(int operations, Duration wall, Latencies latencies) {

    public double perSecond() {
        return operations / (wall.toNanos() / 1e9);
    }
}
