package fi.kokemus.registry.application.port.in;

import fi.kokemus.registry.domain.ExpertId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a sync did with the member, and the record as it now stands.
 *
 * @param expert empty once the record is erased or merged
 * @param possibleDuplicateOf other records that may be the same person, flagged for a coordinator
 * @param mergedInto the record kept when a coordinator merged this member's record into it
 */
public record SyncResult(Outcome outcome, ExpertId expertId, Optional<ExpertView.Full> expert,
        List<ExpertId> possibleDuplicateOf, Optional<ExpertId> mergedInto) {

    public SyncResult {
        possibleDuplicateOf = List.copyOf(possibleDuplicateOf);
        Objects.requireNonNull(mergedInto, "mergedInto");
    }

    public SyncResult(Outcome outcome, ExpertId expertId, Optional<ExpertView.Full> expert,
            List<ExpertId> possibleDuplicateOf) {
        this(outcome, expertId, expert, possibleDuplicateOf, Optional.empty());
    }

    /** The member's record was merged into {@code kept}: its owning NGO maintains the person, nothing changes. */
    public static SyncResult merged(ExpertId kept) {
        return new SyncResult(Outcome.MERGED, kept, Optional.empty(), List.of(), Optional.of(kept));
    }

    /**
     * ERASED: the member withdrew the registry consent, so the record was erased. MERGED: a
     * coordinator merged the member's record into another; the sync changed nothing.
     */
    public enum Outcome { CREATED, UPDATED, UNCHANGED, ERASED, MERGED }
}
