package fi.kokemus.registry.application.port.out;

import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DuplicateCandidate;
import java.util.List;
import java.util.Optional;

/** Where possible duplicates wait for a coordinator, one per pair of records. */
public interface DuplicateCandidates {

    Optional<DuplicateCandidate> find(String id);

    /** Stores the candidate under its pair id, replacing what was stored for the pair. */
    void save(DuplicateCandidate candidate);

    /** The candidates of this status reviewable in the county, oldest first. */
    List<DuplicateCandidate> findReviewableIn(County county, DuplicateCandidate.Status status);
}
