package fi.kokemus.deploy.benchmark;

import java.time.Duration;
import java.util.Collection;

/** The latencies of one measured series, read by nearest-rank percentile. */
public final class Latencies {

    private final long[] sortedNanos;

    private Latencies(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    public static Latencies of(Collection<Long> nanos) {
        if (nanos.isEmpty()) {
            throw new IllegalArgumentException("a measured series has at least one latency");
        }
        return new Latencies(nanos.stream().mapToLong(Long::longValue).sorted().toArray());
    }

    public int count() {
        return sortedNanos.length;
    }

    /** The smallest latency that at least {@code percent} % of the series does not exceed. */
    public Duration percentile(double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be above 0 and at most 100, was " + percent);
        }
        int rank = (int) Math.ceil(percent / 100 * sortedNanos.length);
        return Duration.ofNanos(sortedNanos[rank - 1]);
    }
}
