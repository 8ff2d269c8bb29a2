package fi.kokemus.registry.application.service;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.in.ExpertView;
import fi.kokemus.registry.application.port.in.ReviewDuplicatesUseCase;
import fi.kokemus.registry.application.port.out.AuditLog;
import fi.kokemus.registry.application.port.out.DuplicateCandidates;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.domain.AuditEntry;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DuplicateCandidate;
import fi.kokemus.registry.domain.DuplicateCandidate.Decision;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ReadPurpose;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

public class ReviewDuplicatesService implements ReviewDuplicatesUseCase {

    static final ReadPurpose DUPLICATE_REVIEW = new ReadPurpose("duplicate review");

    private final DuplicateCandidates candidates;
    private final ExpertRepository experts;
    private final AuditLog auditLog;
    private final Clock clock;

    public ReviewDuplicatesService(DuplicateCandidates candidates, ExpertRepository experts, AuditLog auditLog,
            Clock clock) {
        this.candidates = candidates;
        this.experts = experts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A pair one of whose records was erased meanwhile is left out: there is nothing left to merge. */
    @Override
    public List<DuplicateReview> list(Actor actor, DuplicateCandidate.Status status) {
        County county = reviewerCounty(actor);
        List<DuplicateReview> reviews = candidates.findReviewableIn(county, status).stream()
                .flatMap(candidate -> review(candidate).stream())
                .toList();
        reviews.forEach(review -> review.experts().forEach(expert -> auditLog.record(AuditEntry.by(actor,
                Role.COORDINATOR, expert.id(), clock.instant(), DUPLICATE_REVIEW))));
        return reviews;
    }

    @Override
    public DuplicateCandidate resolve(Actor actor, String candidateId, Decision decision, String note) {
        County county = reviewerCounty(actor);
        DuplicateCandidate resolved = reviewable(candidates, candidateId, county)
                .resolve(decision, note, actor.subject(), clock.instant());
        candidates.save(resolved);
        return resolved;
    }

    static DuplicateCandidate reviewable(DuplicateCandidates candidates, String candidateId, County county) {
        return candidates.find(candidateId)
                .filter(candidate -> candidate.reviewableIn(county))
                .orElseThrow(() -> DomainProblem.notFound("duplicate-candidate-not-found",
                        "No possible duplicate " + candidateId + " in your county"));
    }

    private Optional<DuplicateReview> review(DuplicateCandidate candidate) {
        List<Expert> pair = Stream.of(candidate.first(), candidate.second())
                .flatMap(id -> experts.findById(id).stream()).toList();
        return pair.size() == 2
                ? Optional.of(new DuplicateReview(candidate, pair.stream().map(ExpertView.Full::of).toList()))
                : Optional.empty();
    }

    static County reviewerCounty(Actor actor) {
        actor.requireAny(Role.COORDINATOR);
        return County.find(actor.county()).orElseThrow(() -> DomainProblem.forbidden("county-required",
                "Reviewing possible duplicates needs an account that works for a wellbeing services county"));
    }
}
