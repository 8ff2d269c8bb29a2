package fi.kokemus.registry.application.service;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.in.MergeDuplicatesUseCase;
import fi.kokemus.registry.application.port.out.AuditLog;
import fi.kokemus.registry.application.port.out.ContactDisclosures;
import fi.kokemus.registry.application.port.out.DuplicateCandidates;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.domain.AuditEntry;
import fi.kokemus.registry.domain.DuplicateCandidate;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.MergeDifferences;
import fi.kokemus.registry.domain.ReadPurpose;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Merges in three single-document writes, ordered so that an interruption leaves a state the same
 * request completes: the kept record takes over the memberships first (repeating it changes
 * nothing), then the other record is retired, then the candidate records the merge. Until the
 * last write the candidate stays mergeable, and a retired record already merged into the kept one
 * counts as done.
 */
public class MergeDuplicatesService implements MergeDuplicatesUseCase {

    static final ReadPurpose DUPLICATE_MERGE = new ReadPurpose("duplicate merge");

    private final DuplicateCandidates candidates;
    private final ExpertRepository experts;
    private final PersonalDataRemoval removal;
    private final AuditLog auditLog;
    private final Clock clock;

    public MergeDuplicatesService(DuplicateCandidates candidates, ExpertRepository experts,
            ContactDisclosures disclosures, AuditLog auditLog, Clock clock) {
        this.candidates = candidates;
        this.experts = experts;
        this.removal = new PersonalDataRemoval(experts, disclosures);
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public Merge merge(Actor actor, String candidateId, ExpertId keep, String note) {
        DuplicateCandidate candidate = ReviewDuplicatesService.reviewable(candidates, candidateId,
                ReviewDuplicatesService.reviewerCounty(actor));
        ExpertId retiredId = candidate.retiredWhenKeeping(keep);
        Expert kept = experts.findById(keep).orElseThrow(() -> gone(keep));
        List<String> differences = experts.findById(retiredId)
                .map(retired -> absorbAndRetire(kept, retired))
                .orElseGet(() -> alreadyRetiredInto(keep, retiredId));
        DuplicateCandidate merged = candidate.merged(keep, note, actor.subject(), clock.instant());
        candidates.save(merged);
        Stream.of(keep, retiredId).forEach(id -> auditLog.record(AuditEntry.by(actor, Role.COORDINATOR, id,
                clock.instant(), DUPLICATE_MERGE)));
        return new Merge(merged, keep, retiredId, differences);
    }

    private List<String> absorbAndRetire(Expert kept, Expert retired) {
        List<String> differences = MergeDifferences.between(kept, retired);
        if (kept.absorb(retired)) {
            experts.save(kept);
        }
        retired.retireInto(kept.id());
        removal.saveErased(retired);
        return differences;
    }

    /** An earlier attempt retired the record into the kept one before it was interrupted. */
    private List<String> alreadyRetiredInto(ExpertId keep, ExpertId retiredId) {
        Optional<ExpertId> mergedInto = experts.findMergedInto(retiredId);
        if (!mergedInto.equals(Optional.of(keep))) {
            throw gone(retiredId);
        }
        return List.of();
    }

    private static DomainProblem gone(ExpertId id) {
        return DomainProblem.conflict("expert-gone",
                "The record " + id.value() + " was erased or merged: the pair can no longer be merged");
    }
}
