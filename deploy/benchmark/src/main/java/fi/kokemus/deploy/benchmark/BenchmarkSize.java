package fi.kokemus.deploy.benchmark;

import java.util.List;

/**
 * How much the run loads and measures: the full run syncs 10 000 members and searches at 10 000 and 100 000
 * profiles; {@code --small} is a quick check of the same steps.
 */
public record BenchmarkSize(String name, int syncedMembers, List<Integer> searchedProfiles, int warmUp,
        int iterations, int threads) {

    public static final BenchmarkSize FULL = new BenchmarkSize("full", 10_000, List.of(10_000, 100_000), 20, 200, 4);
    public static final BenchmarkSize SMALL = new BenchmarkSize("small", 1_000, List.of(1_000, 5_000), 5, 40, 4);

    public BenchmarkSize {
        searchedProfiles = List.copyOf(searchedProfiles);
    }

    public static BenchmarkSize fromArguments(String... arguments) {
        List<String> given = List.of(arguments);
        if (given.isEmpty()) {
            return FULL;
        }
        if (given.equals(List.of("--small"))) {
            return SMALL;
        }
        throw new IllegalArgumentException("usage: benchmark [--small], was " + String.join(" ", given));
    }

    /** Every member the run ever loads. */
    public int largestProfileCount() {
        return Math.max(syncedMembers, searchedProfiles.stream().mapToInt(Integer::intValue).max().orElse(0));
    }
}
