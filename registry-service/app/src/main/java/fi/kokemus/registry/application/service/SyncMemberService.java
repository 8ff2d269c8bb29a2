package fi.kokemus.registry.application.service;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.in.ExpertView;
import fi.kokemus.registry.application.port.in.SyncMemberCommand;
import fi.kokemus.registry.application.port.in.SyncMemberUseCase;
import fi.kokemus.registry.application.port.in.SyncResult;
import fi.kokemus.registry.application.port.in.SyncResult.Outcome;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertAccess;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.ExpertProfile;
import java.time.Clock;
import java.util.Optional;

public class SyncMemberService implements SyncMemberUseCase {

    private final ExpertRepository experts;
    private final Clock clock;

    public SyncMemberService(ExpertRepository experts, Clock clock) {
        this.experts = experts;
        this.clock = clock;
    }

    @Override
    public SyncResult sync(Actor actor, SyncMemberCommand command) {
        ExpertAccess.requireMayMaintain(actor, command.member());
        ExpertProfile profile = command.profile();
        profile.registryConsent().requireGivenBy(clock.instant());
        Optional<Expert> existing = experts.findByMember(command.member());
        requireUsernameFree(profile, existing.map(Expert::id));
        if (existing.isEmpty()) {
            Expert expert = Expert.register(ExpertId.random(), command.member(), profile);
            experts.save(expert);
            return new SyncResult(Outcome.CREATED, ExpertView.Full.of(expert));
        }
        Expert expert = existing.get();
        if (!expert.sync(profile)) {
            return new SyncResult(Outcome.UNCHANGED, ExpertView.Full.of(expert));
        }
        experts.save(expert);
        return new SyncResult(Outcome.UPDATED, ExpertView.Full.of(expert));
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
