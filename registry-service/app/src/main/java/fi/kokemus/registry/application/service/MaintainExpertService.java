package fi.kokemus.registry.application.service;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.in.ExpertView;
import fi.kokemus.registry.application.port.in.MaintainExpertUseCase;
import fi.kokemus.registry.application.port.out.AuditLog;
import fi.kokemus.registry.application.port.out.ContactDisclosures;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.domain.AssignmentContract;
import fi.kokemus.registry.domain.AuditEntry;
import fi.kokemus.registry.domain.Availability;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertAccess;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.Mentorship;
import fi.kokemus.registry.domain.ReadPurpose;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

public class MaintainExpertService implements MaintainExpertUseCase {

    private final ExpertRepository experts;
    private final AuditLog auditLog;
    private final PersonalDataRemoval removal;
    private final Clock clock;

    public MaintainExpertService(ExpertRepository experts, AuditLog auditLog, ContactDisclosures disclosures,
            Clock clock) {
        this.experts = experts;
        this.auditLog = auditLog;
        this.removal = new PersonalDataRemoval(experts, disclosures);
        this.clock = clock;
    }

    @Override
    public ExpertView.Full recordContract(Actor actor, ExpertId id, AssignmentContract contract) {
        Expert expert = find(id);
        ExpertAccess.requireMayRecordContract(actor, expert, contract.county());
        return saved(actor, expert, expert.recordContract(contract), "contract");
    }

    @Override
    public ExpertView.Full recordConfidentialityCommitment(Actor actor, ExpertId id, LocalDate signedOn) {
        Expert expert = find(id);
        ExpertAccess.requireHomeCoordinator(actor, expert);
        return saved(actor, expert, expert.recordConfidentialityCommitment(signedOn), "confidentiality commitment");
    }

    @Override
    public ExpertView.Full assignMentor(Actor actor, ExpertId id, Optional<Mentorship> mentorship) {
        Expert expert = find(id);
        ExpertAccess.requireHomeCoordinator(actor, expert);
        mentorship.map(Mentorship::mentorId).filter(Predicate.not(id::equals))
                .filter(mentorId -> experts.findById(mentorId).isEmpty())
                .ifPresent(unknown -> {
                    throw DomainProblem.invalid("invalid-value", "No expert " + unknown + " to mentor",
                            "mentorId");
                });
        return saved(actor, expert, expert.assignMentor(mentorship), "mentor");
    }

    @Override
    public ExpertView.Full changeAvailability(Actor actor, ExpertId id, Availability availability) {
        Expert expert = find(id);
        ExpertAccess.requireHomeCoordinator(actor, expert);
        return saved(actor, expert, expert.changeAvailability(availability), "availability");
    }

    @Override
    public void erase(Actor actor, ExpertId id, ReadPurpose purpose, boolean confirmed) {
        Expert expert = find(id);
        Role role = ExpertAccess.erasingRole(actor, expert);
        PersonalDataRemoval.requireConfirmed(confirmed, "Erasure cannot be undone; confirm with confirm=true");
        expert.erase();
        removal.saveErased(expert);
        auditLog.record(AuditEntry.by(actor, role, id, clock.instant(), new ReadPurpose("erasure: " + purpose)));
    }

    private Expert find(ExpertId id) {
        return experts.findById(id).orElseThrow(() -> DomainProblem.notFound("expert-not-found", "No expert " + id));
    }

    /** Saves a change and returns the whole record, whose return to the coordinator is a read like any other. */
    private ExpertView.Full saved(Actor actor, Expert expert, boolean changed, String maintained) {
        if (changed) {
            experts.save(expert);
        }
        auditLog.record(AuditEntry.by(actor, Role.COORDINATOR, expert.id(), clock.instant(),
                new ReadPurpose("maintenance: " + maintained)));
        return ExpertView.Full.of(expert);
    }
}
