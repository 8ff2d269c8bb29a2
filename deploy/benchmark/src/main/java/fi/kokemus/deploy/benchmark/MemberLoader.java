package fi.kokemus.deploy.benchmark;

import fi.kokemus.deploy.demodata.MemberBatch;
import fi.kokemus.deploy.demodata.SyntheticMember;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Puts ranges of the generated members into the registry as their NGOs would, in batches through the service
 * or the gateway.
 */
final class MemberLoader {

    /**
     * Members per batch: the registry takes up to 1000, but it answers a batch only when every record is
     * written, and the gateway gives up after 30 s, which 250 records exceeded on the wire server on a busy
     * machine (10 to 16 s straight to the service). A batch the gateway gave up on is still written, so the
     * next phase would count it while it lands.
     */
    static final int BATCH = 100;

    private final List<SyntheticMember> members;
    private final Supplier<String> adminToken;

    MemberLoader(List<SyntheticMember> members, Supplier<String> adminToken) {
        this.members = List.copyOf(members);
        this.adminToken = adminToken;
    }

    List<SyntheticMember> members(int from, int to) {
        return members.subList(from, to);
    }

    /** A synced batch run: its measurement and how many records had each outcome. */
    record SyncRun(Measurement measurement, Map<String, Integer> outcomes) {
    }

    /** Members {@code [from, to)} in NGO batches of at most {@link #BATCH}, one after another; a latency per batch. */
    SyncRun syncBatches(RegistryClient via, int from, int to) {
        List<Long> latencies = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        long started = System.nanoTime();
        for (MemberBatch batch : MemberBatch.of(members(from, to), BATCH)) {
            long sent = System.nanoTime();
            via.syncBatch(adminToken.get(), batch)
                    .forEach((outcome, count) -> outcomes.merge(outcome, count, Integer::sum));
            latencies.add(System.nanoTime() - sent);
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        return new SyncRun(new Measurement(to - from, wall, Latencies.of(latencies)), outcomes);
    }
}
