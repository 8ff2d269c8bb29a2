package fi.kokemus.registry.application.service;

import fi.kokemus.registry.application.port.out.DuplicateCandidates;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DuplicateCandidate;
import java.util.List;
import java.util.Optional;

/** Reads the real candidates and forgets every write: a dry run answers possible duplicates without flagging them. */
final class DryRunDuplicateCandidates implements DuplicateCandidates {

    private final DuplicateCandidates candidates;

    DryRunDuplicateCandidates(DuplicateCandidates candidates) {
        this.candidates = candidates;
    }

    @Override
    public Optional<DuplicateCandidate> find(String id) {
        return candidates.find(id);
    }

    @Override
    public void save(DuplicateCandidate candidate) {
        // a dry run flags nothing
    }

    @Override
    public List<DuplicateCandidate> findReviewableIn(County county, DuplicateCandidate.Status status) {
        return candidates.findReviewableIn(county, status);
    }
}
