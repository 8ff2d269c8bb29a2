package fi.kokemus.registry.application.port.in;

import fi.kokemus.platform.actor.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A large batch synced in the background, chunk by chunk. Progress is committed per chunk, so a
 * job interrupted by a restart resumes at its first unfinished chunk; re-syncing a chunk is
 * harmless because syncing the same data again changes nothing.
 *
 * @param actor      who submitted it: each record is synced with their rights
 * @param chunksDone chunks whose results are counted
 * @param processed  records of the batch synced so far
 * @param failures   the first {@value #MAX_FAILURES_KEPT} failed records
 */
public record SyncJob(String id, Actor actor, String organisationId, SyncMode mode, boolean dryRun, Status status,
        int total, int chunks, int chunksDone, int processed, Map<RecordResult.Outcome, Integer> counts,
        List<RecordResult> failures, Instant createdAt) {

    public static final int MAX_FAILURES_KEPT = 100;

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    public SyncJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        counts = Map.copyOf(counts);
        failures = List.copyOf(failures);
    }

    public static SyncJob queued(String id, Actor actor, MemberBatchCommand command, int chunks, Instant at) {
        Map<RecordResult.Outcome, Integer> none = new EnumMap<>(RecordResult.Outcome.class);
        for (RecordResult.Outcome outcome : RecordResult.Outcome.values()) {
            none.put(outcome, 0);
        }
        return new SyncJob(id, actor, command.organisationId(), command.mode(), command.dryRun(), Status.QUEUED,
                command.records().size(), chunks, 0, 0, none, List.of(), at);
    }

    public boolean finished() {
        return status == Status.DONE || status == Status.FAILED;
    }

    public SyncJob running() {
        return with(Status.RUNNING, chunksDone, processed, List.of());
    }

    public SyncJob afterChunk(int records, List<RecordResult> results) {
        return with(Status.RUNNING, chunksDone + 1, processed + records, results);
    }

    /** @param deactivations what a full sync did with the members it no longer lists */
    public SyncJob done(List<RecordResult> deactivations) {
        return with(Status.DONE, chunksDone, processed, deactivations);
    }

    public SyncJob failed() {
        return with(Status.FAILED, chunksDone, processed, List.of());
    }

    private SyncJob with(Status next, int nextChunksDone, int nextProcessed, List<RecordResult> results) {
        Map<RecordResult.Outcome, Integer> nextCounts = new EnumMap<>(counts);
        List<RecordResult> nextFailures = new ArrayList<>(failures);
        for (RecordResult result : results) {
            nextCounts.merge(result.outcome(), 1, Integer::sum);
            if (result.outcome() == RecordResult.Outcome.FAILED && nextFailures.size() < MAX_FAILURES_KEPT) {
                nextFailures.add(result);
            }
        }
        return new SyncJob(id, actor, organisationId, mode, dryRun, next, total, chunks, nextChunksDone,
                nextProcessed, nextCounts, nextFailures, createdAt);
    }
}
