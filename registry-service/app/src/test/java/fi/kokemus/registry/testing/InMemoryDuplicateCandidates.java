package fi.kokemus.registry.testing;

import fi.kokemus.registry.application.port.out.DuplicateCandidates;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DuplicateCandidate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Possible duplicates in memory, one per pair id like the Mongo adapter. */
public class InMemoryDuplicateCandidates implements DuplicateCandidates {

    private final Map<String, DuplicateCandidate> candidates = new LinkedHashMap<>();

    @Override
    public synchronized Optional<DuplicateCandidate> find(String id) {
        return Optional.ofNullable(candidates.get(id));
    }

    @Override
    public synchronized void save(DuplicateCandidate candidate) {
        candidates.put(candidate.id(), candidate);
    }

    @Override
    public synchronized List<DuplicateCandidate> findReviewableIn(County county, DuplicateCandidate.Status status) {
        return candidates.values().stream()
                .filter(candidate -> candidate.reviewableIn(county) && candidate.status() == status)
                .sorted(Comparator.comparing(DuplicateCandidate::detectedAt).thenComparing(DuplicateCandidate::id))
                .toList();
    }

    public synchronized List<DuplicateCandidate> all() {
        return List.copyOf(candidates.values());
    }

    public synchronized void clear() {
        candidates.clear();
    }
}
