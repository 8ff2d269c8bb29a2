package fi.kokemus.registry.application.service;

import fi.kokemus.registry.application.port.out.DuplicateCandidates;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.domain.DuplicateCandidate;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.ExpertProfile;
import fi.kokemus.registry.domain.MatchKeys;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Looks for other records that may be the same person and flags each pair once for a coordinator;
 * a pair a coordinator found to be two people is not flagged again.
 */
final class DuplicateDetection {

    private final ExpertRepository experts;
    private final DuplicateCandidates candidates;
    private final Clock clock;

    DuplicateDetection(ExpertRepository experts, DuplicateCandidates candidates, Clock clock) {
        this.experts = experts;
        this.candidates = candidates;
        this.clock = clock;
    }

    /** @return the other records that may be the same person */
    List<ExpertId> check(ExpertId self, ExpertProfile profile) {
        Set<String> keys = MatchKeys.of(profile);
        List<ExpertId> possibleDuplicates = new ArrayList<>();
        experts.findByMatchKeys(keys).stream().filter(other -> !other.id().equals(self)).forEach(other -> {
            Optional<DuplicateCandidate> known = candidates.find(DuplicateCandidate.pairId(self, other.id()));
            if (known.map(candidate -> candidate.status() == DuplicateCandidate.Status.DISMISSED).orElse(false)) {
                return;
            }
            if (known.isEmpty()) {
                candidates.save(DuplicateCandidate.detected(self, other.id(),
                        MatchKeys.reasonsShared(keys, MatchKeys.of(other.profile())),
                        EnumSet.of(profile.homeCounty(), other.profile().homeCounty()), clock.instant()));
            }
            possibleDuplicates.add(other.id());
        });
        return possibleDuplicates;
    }
}
