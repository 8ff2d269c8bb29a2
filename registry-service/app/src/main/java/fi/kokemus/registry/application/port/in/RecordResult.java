package fi.kokemus.registry.application.port.in;

import fi.kokemus.registry.domain.ExpertId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the batch did with one member.
 *
 * @param possibleDuplicateOf other records that may be the same person, flagged for a coordinator
 * @param mergedInto the record kept when a coordinator merged this member's record into it
 */
public record RecordResult(String externalId, Outcome outcome, Optional<ExpertId> expertId,
        Optional<RecordProblem> problem, List<ExpertId> possibleDuplicateOf, Optional<ExpertId> mergedInto) {

    public RecordResult {
        possibleDuplicateOf = List.copyOf(possibleDuplicateOf);
        Objects.requireNonNull(mergedInto, "mergedInto");
    }

    public RecordResult(String externalId, Outcome outcome, Optional<ExpertId> expertId,
            Optional<RecordProblem> problem, List<ExpertId> possibleDuplicateOf) {
        this(externalId, outcome, expertId, problem, possibleDuplicateOf, Optional.empty());
    }

    /**
     * The outcomes of a single sync, and DEACTIVATED for a member a full sync no longer lists,
     * FAILED for a record that was refused while the others went on.
     */
    public enum Outcome { CREATED, UPDATED, UNCHANGED, ERASED, MERGED, DEACTIVATED, FAILED }

    public static RecordResult synced(String externalId, SyncResult result) {
        return new RecordResult(externalId, Outcome.valueOf(result.outcome().name()),
                Optional.of(result.expertId()), Optional.empty(), result.possibleDuplicateOf(), result.mergedInto());
    }

    public static RecordResult deactivated(String externalId, ExpertId expertId) {
        return new RecordResult(externalId, Outcome.DEACTIVATED, Optional.of(expertId), Optional.empty(), List.of());
    }

    public static RecordResult failed(String externalId, RecordProblem problem) {
        return new RecordResult(externalId, Outcome.FAILED, Optional.empty(), Optional.of(problem), List.of());
    }
}
