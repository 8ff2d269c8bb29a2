package fi.kokemus.registry.application.port.in;

import fi.kokemus.registry.domain.ExpertId;
import java.util.List;
import java.util.Optional;

/**
 * What the batch did with one member.
 *
 * @param possibleDuplicateOf other records that may be the same person, flagged for a coordinator
 */
public record RecordResult(String externalId, Outcome outcome, Optional<ExpertId> expertId,
        Optional<RecordProblem> problem, List<ExpertId> possibleDuplicateOf) {

    public RecordResult {
        possibleDuplicateOf = List.copyOf(possibleDuplicateOf);
    }

    /**
     * The outcomes of a single sync, and DEACTIVATED for a member a full sync no longer lists,
     * FAILED for a record that was refused while the others went on.
     */
    public enum Outcome { CREATED, UPDATED, UNCHANGED, ERASED, DEACTIVATED, FAILED }

    public static RecordResult synced(String externalId, SyncResult result) {
        return new RecordResult(externalId, Outcome.valueOf(result.outcome().name()),
                Optional.of(result.expertId()), Optional.empty(), result.possibleDuplicateOf());
    }

    public static RecordResult deactivated(String externalId, ExpertId expertId) {
        return new RecordResult(externalId, Outcome.DEACTIVATED, Optional.of(expertId), Optional.empty(), List.of());
    }

    public static RecordResult failed(String externalId, RecordProblem problem) {
        return new RecordResult(externalId, Outcome.FAILED, Optional.empty(), Optional.of(problem), List.of());
    }
}
