package fi.kokemus.registry.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Two records, of different members, that may be the same person. A coordinator of a county where
 * either lives decides; the registry never merges them itself.
 *
 * @param id       the same for the pair in either order, so a pair is flagged once
 * @param counties the home counties of the two records when flagged: whose coordinators review it
 */
public record DuplicateCandidate(String id, ExpertId first, ExpertId second, Set<DuplicateReason> reasons,
        Set<County> counties, Status status, Instant detectedAt, Optional<Resolution> resolution) {

    /**
     * CONFIRMED: the same person, not merged yet. DISMISSED: not the same, not flagged again.
     * MERGED: the same person, one record merged into the other.
     */
    public enum Status { OPEN, CONFIRMED, DISMISSED, MERGED }

    public enum Decision { SAME_PERSON, NOT_SAME_PERSON }

    /** @param kept the record the other was merged into, when the pair was merged */
    public record Resolution(Decision decision, String note, String resolvedBy, Instant at, Optional<ExpertId> kept) {

        public Resolution {
            Objects.requireNonNull(kept, "kept");
        }

        public Resolution(Decision decision, String note, String resolvedBy, Instant at) {
            this(decision, note, resolvedBy, at, Optional.empty());
        }
    }

    public DuplicateCandidate {
        Objects.requireNonNull(id, "id");
        reasons = Set.copyOf(reasons);
        counties = Set.copyOf(counties);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(resolution, "resolution");
    }

    public static String pairId(ExpertId one, ExpertId other) {
        return one.value().compareTo(other.value()) < 0
                ? one.value() + "~" + other.value() : other.value() + "~" + one.value();
    }

    public static DuplicateCandidate detected(ExpertId one, ExpertId other, Set<DuplicateReason> reasons,
            Set<County> counties, Instant at) {
        boolean inOrder = one.value().compareTo(other.value()) < 0;
        return new DuplicateCandidate(pairId(one, other), inOrder ? one : other, inOrder ? other : one,
                EnumSet.copyOf(reasons), counties, Status.OPEN, at, Optional.empty());
    }

    public DuplicateCandidate resolve(Decision decision, String note, String resolvedBy, Instant at) {
        if (status != Status.OPEN) {
            throw DomainProblem.conflict("already-resolved", "This possible duplicate was already resolved");
        }
        Status decided = decision == Decision.SAME_PERSON ? Status.CONFIRMED : Status.DISMISSED;
        return new DuplicateCandidate(id, first, second, reasons, counties, decided, detectedAt,
                Optional.of(new Resolution(decision, note, resolvedBy, at)));
    }

    /**
     * The record merged into {@code kept}, the other of the pair.
     *
     * @throws DomainProblem when {@code kept} is not of the pair, or the pair may not be merged
     */
    public ExpertId retiredWhenKeeping(ExpertId kept) {
        if (status == Status.MERGED) {
            throw DomainProblem.conflict("already-merged", "This pair was already merged into "
                    + resolution.flatMap(Resolution::kept).map(ExpertId::value).orElse("one of its records"));
        }
        if (status == Status.DISMISSED) {
            throw DomainProblem.conflict("already-resolved", "This pair was found to be two people");
        }
        if (!kept.equals(first) && !kept.equals(second)) {
            throw DomainProblem.invalid("keep-not-in-pair", "Keep one of the pair: " + first.value() + " or "
                    + second.value(), "keep");
        }
        return kept.equals(first) ? second : first;
    }

    /** The pair after {@code kept} absorbed the other record. */
    public DuplicateCandidate merged(ExpertId kept, String note, String mergedBy, Instant at) {
        retiredWhenKeeping(kept);
        return new DuplicateCandidate(id, first, second, reasons, counties, Status.MERGED, detectedAt,
                Optional.of(new Resolution(Decision.SAME_PERSON, note, mergedBy, at, Optional.of(kept))));
    }

    public boolean reviewableIn(County county) {
        return counties.contains(county);
    }
}
