package fi.kokemus.registry.application.port.in;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every record's outcome in batch order, then the deactivations of a full sync. */
public record BatchResult(SyncMode mode, boolean dryRun, List<RecordResult> results) {

    public BatchResult {
        results = List.copyOf(results);
    }

    /** How many records ended with each outcome, every outcome listed. */
    public Map<RecordResult.Outcome, Integer> counts() {
        Map<RecordResult.Outcome, Integer> counts = new EnumMap<>(RecordResult.Outcome.class);
        for (RecordResult.Outcome outcome : RecordResult.Outcome.values()) {
            counts.put(outcome, 0);
        }
        results.forEach(result -> counts.merge(result.outcome(), 1, Integer::sum));
        return counts;
    }
}
