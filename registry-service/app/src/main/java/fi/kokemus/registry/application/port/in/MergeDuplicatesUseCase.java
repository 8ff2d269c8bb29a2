package fi.kokemus.registry.application.port.in;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.registry.domain.DuplicateCandidate;
import fi.kokemus.registry.domain.ExpertId;
import java.util.List;

/**
 * A coordinator merges two records found to be the same person: the kept record takes over the
 * other's memberships, the other is retired. Repeating a merge that was interrupted completes it.
 */
public interface MergeDuplicatesUseCase {

    Merge merge(Actor actor, String candidateId, ExpertId keep, String note);

    /**
     * @param differences the fields the two records held differently, none copied; empty when an
     *                    interrupted merge was completed after the retired record's data was gone
     */
    record Merge(DuplicateCandidate candidate, ExpertId kept, ExpertId retired, List<String> differences) {

        public Merge {
            differences = List.copyOf(differences);
        }
    }
}
