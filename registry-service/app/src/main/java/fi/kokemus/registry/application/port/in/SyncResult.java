package fi.kokemus.registry.application.port.in;

import fi.kokemus.registry.domain.ExpertId;
import java.util.Optional;

/**
 * What a sync did with the member, and the record as it now stands.
 *
 * @param expert empty once the record is erased
 */
public record SyncResult(Outcome outcome, ExpertId expertId, Optional<ExpertView.Full> expert) {

    /** ERASED: the member withdrew the registry consent, so the record was erased. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED, ERASED }
}
