package fi.kokemus.registry.application.port.in;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.registry.domain.DuplicateCandidate;
import fi.kokemus.registry.domain.DuplicateCandidate.Decision;
import java.util.List;

/**
 * Coordinators review records that may be the same person. Showing them is a staff read of
 * personal data, audited per record shown.
 */
public interface ReviewDuplicatesUseCase {

    /** The candidates of this status in the coordinator's county, each with both records. */
    List<DuplicateReview> list(Actor actor, DuplicateCandidate.Status status);

    DuplicateCandidate resolve(Actor actor, String candidateId, Decision decision, String note);

    record DuplicateReview(DuplicateCandidate candidate, List<ExpertView.Full> experts) {

        public DuplicateReview {
            experts = List.copyOf(experts);
        }
    }
}
