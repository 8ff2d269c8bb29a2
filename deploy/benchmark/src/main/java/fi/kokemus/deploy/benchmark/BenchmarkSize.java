package fi.kokemus.deploy.benchmark;

import java.util.List;

/**
 * How much the run loads and measures: the full run syncs 10 000 members and searches at 10 000 and 100 000
 * profiles, with few requests per figure because one broad search costs seconds on the wire server, tens of
 * seconds at 100 000;
 * {@code --small} is a quick check of the same steps; {@code --sync} is the full run's sync alone.
 */
public record BenchmarkSize(String name, int syncedMembers, List<SearchLoad> searches, int threads) {

    public static final BenchmarkSize FULL = new BenchmarkSize("full", 10_000,
            List.of(new SearchLoad(10_000, 5, 40), new SearchLoad(100_000, 1, 5)), 4);
    /**
     * The full run's profile counts after a sync of 1 000 members, one request at a time and few of them: the wire
     * server (256 MB heap in the local runner) holds every matching document of a search in memory.
     */
    public static final BenchmarkSize SEARCH = new BenchmarkSize("search", 1_000,
            List.of(new SearchLoad(10_000, 2, 10), new SearchLoad(100_000, 1, 3)), 1);
    public static final BenchmarkSize SYNC = new BenchmarkSize("sync", 10_000, List.of(), 1);
    public static final BenchmarkSize SMALL = new BenchmarkSize("small", 1_000,
            List.of(new SearchLoad(1_000, 5, 40), new SearchLoad(5_000, 5, 40)), 4);

    public BenchmarkSize {
        searches = List.copyOf(searches);
    }

    public static BenchmarkSize fromArguments(String... arguments) {
        List<String> given = List.of(arguments);
        if (given.isEmpty()) {
            return FULL;
        }
        if (given.equals(List.of("--small"))) {
            return SMALL;
        }
        if (given.equals(List.of("--search"))) {
            return SEARCH;
        }
        if (given.equals(List.of("--sync"))) {
            return SYNC;
        }
        throw new IllegalArgumentException("usage: benchmark [--small | --search | --sync], was "
                + String.join(" ", given));
    }
}
