package fi.kokemus.deploy.benchmark;

import fi.kokemus.deploy.demodata.SyntheticMember;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Puts a prefix of the generated members into the registry as their NGOs would and remembers how far it got,
 * so every phase builds on what the earlier ones loaded.
 */
final class MemberLoader {

    private final List<SyntheticMember> members;
    private final RegistryClient service;
    private final Supplier<String> adminToken;
    private int loaded;

    MemberLoader(List<SyntheticMember> members, RegistryClient service, Supplier<String> adminToken) {
        this.members = List.copyOf(members);
        this.service = service;
        this.adminToken = adminToken;
    }

    List<SyntheticMember> members(int from, int to) {
        return members.subList(from, to);
    }

    /** A synced batch run: its measurement and how many records had each outcome. */
    record SyncRun(Measurement measurement, Map<String, Integer> outcomes) {
    }

    /** Members {@code [from, to)} in NGO batches of at most 1000, one after the other; one latency per batch. */
    SyncRun syncBatches(RegistryClient via, int from, int to) {
        List<Long> latencies = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        long started = System.nanoTime();
        for (MemberBatch batch : MemberBatch.of(members(from, to), RegistryClient.MAX_BATCH)) {
            long sent = System.nanoTime();
            via.syncBatch(adminToken.get(), batch.organisationId(), batch.members())
                    .forEach((outcome, count) -> outcomes.merge(outcome, count, Integer::sum));
            latencies.add(System.nanoTime() - sent);
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        if (from <= loaded) {
            loaded = Math.max(loaded, to);
        }
        return new SyncRun(new Measurement(to - from, wall, Latencies.of(latencies)), outcomes);
    }

    /** Makes sure the first {@code count} members are in the registry. */
    void loadUpTo(int count) {
        if (loaded < count) {
            syncBatches(service, loaded, count);
        }
    }
}
