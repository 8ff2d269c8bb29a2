package fi.kokemus.registry.application.port.in;

import fi.kokemus.registry.domain.ExpertId;
import java.util.List;
import java.util.Optional;

/**
 * What a sync did with the member, and the record as it now stands.
 *
 * @param expert empty once the record is erased
 * @param possibleDuplicateOf other records that may be the same person, flagged for a coordinator
 */
public record SyncResult(Outcome outcome, ExpertId expertId, Optional<ExpertView.Full> expert,
        List<ExpertId> possibleDuplicateOf) {

    public SyncResult {
        possibleDuplicateOf = List.copyOf(possibleDuplicateOf);
    }

    /** ERASED: the member withdrew the registry consent, so the record was erased. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED, ERASED }
}
