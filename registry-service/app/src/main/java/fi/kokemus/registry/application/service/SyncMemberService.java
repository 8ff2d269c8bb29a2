package fi.kokemus.registry.application.service;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.in.ExpertView;
import fi.kokemus.registry.application.port.in.SyncMemberCommand;
import fi.kokemus.registry.application.port.in.SyncMemberUseCase;
import fi.kokemus.registry.application.port.in.SyncResult;
import fi.kokemus.registry.application.port.in.SyncResult.Outcome;
import fi.kokemus.registry.application.port.out.DuplicateCandidates;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.domain.ConsentDecision;
import fi.kokemus.registry.domain.ConsentKind;
import fi.kokemus.registry.domain.Consents;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertAccess;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.ExpertProfile;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Upserts one member and flags a created or changed record that may be the same person as another
 * record; the single-member API and each record of a batch go through here alike.
 */
public class SyncMemberService implements SyncMemberUseCase {

    private final ExpertRepository experts;
    private final DuplicateDetection duplicates;
    private final ProfileCheck profileCheck;
    private final Clock clock;

    public SyncMemberService(ExpertRepository experts, DuplicateCandidates candidates, ProfileCheck profileCheck,
            Clock clock) {
        this.experts = experts;
        this.duplicates = new DuplicateDetection(experts, candidates, clock);
        this.profileCheck = profileCheck;
        this.clock = clock;
    }

    @Override
    public SyncResult sync(Actor actor, SyncMemberCommand command) {
        ExpertAccess.requireMayMaintain(actor, command.member());
        Optional<ExpertId> mergedInto = experts.findMergedInto(command.member());
        if (mergedInto.isPresent()) {
            return SyncResult.merged(mergedInto.get());
        }
        ExpertProfile profile = command.profile();
        profileCheck.requireValid(profile);
        Consents decisions = Consents.of(command.consents(), clock.instant());
        Optional<Expert> existing = experts.findByMember(command.member());
        requireUsernameFree(profile, existing.map(Expert::id));
        if (existing.isEmpty()) {
            requireConsentAfterErasure(command, decisions);
            Expert expert = Expert.register(ExpertId.random(), command.member(), profile, decisions);
            experts.save(expert);
            return stored(Outcome.CREATED, expert);
        }
        Expert expert = existing.get();
        if (!expert.sync(profile, decisions)) {
            return new SyncResult(Outcome.UNCHANGED, expert.id(), Optional.of(ExpertView.Full.of(expert)), List.of());
        }
        experts.save(expert);
        if (expert.isErased()) {
            return new SyncResult(Outcome.ERASED, expert.id(), Optional.empty(), List.of());
        }
        return stored(Outcome.UPDATED, expert);
    }

    /** A created or changed record, checked against the others once it is stored. */
    private SyncResult stored(Outcome outcome, Expert expert) {
        return new SyncResult(outcome, expert.id(), Optional.of(ExpertView.Full.of(expert)),
                duplicates.check(expert.id(), expert.profile()));
    }

    /**
     * An erased member comes back only with a registry consent given after the erasure, so a
     * partner system that still lists them cannot bring their data back.
     */
    private void requireConsentAfterErasure(SyncMemberCommand command, Consents decisions) {
        Optional<Instant> erasedAt = experts.findErasure(command.member());
        Optional<Instant> consentedAt = decisions.decision(ConsentKind.REGISTRY_LISTING)
                .filter(ConsentDecision::granted).map(ConsentDecision::decidedAt);
        if (erasedAt.isPresent() && consentedAt.filter(at -> at.isAfter(erasedAt.get())).isEmpty()) {
            throw new DomainProblem(DomainProblem.Kind.GONE, "member-erased",
                    "This member's data was erased at " + erasedAt.get()
                            + "; they can return only with a registry consent given after that", "consents");
        }
    }

    /** One account belongs to one person: a user name already linked to another record is refused. */
    private void requireUsernameFree(ExpertProfile profile, Optional<ExpertId> self) {
        profile.username()
                .flatMap(experts::findByUsername)
                .filter(holder -> !Optional.of(holder.id()).equals(self))
                .ifPresent(holder -> {
                    throw DomainProblem.conflict("username-taken",
                            "The username " + profile.username().orElseThrow() + " is linked to another expert");
                });
    }
}
