package fi.kokemus.registry.application.service;

import static fi.kokemus.platform.actor.Role.EXPERT;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.in.ExpertView;
import fi.kokemus.registry.application.port.in.ViewExpertUseCase;
import fi.kokemus.registry.application.port.out.AuditLog;
import fi.kokemus.registry.application.port.out.ContactDisclosures;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.domain.AuditEntry;
import fi.kokemus.registry.domain.ContactDetails;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertAccess;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.ReadGrant;
import fi.kokemus.registry.domain.ReadPurpose;
import fi.kokemus.registry.domain.Username;
import java.time.Clock;
import java.util.Optional;

public class ViewExpertService implements ViewExpertUseCase {

    private final ExpertRepository experts;
    private final AuditLog auditLog;
    private final ContactDisclosures disclosures;
    private final Clock clock;

    public ViewExpertService(ExpertRepository experts, AuditLog auditLog, ContactDisclosures disclosures,
            Clock clock) {
        this.experts = experts;
        this.auditLog = auditLog;
        this.disclosures = disclosures;
        this.clock = clock;
    }

    @Override
    public ExpertView view(Actor actor, ExpertId id, ReadPurpose purpose) {
        actor.requireAny(ExpertAccess.READER_ROLES);
        Expert expert = experts.findById(id)
                .orElseThrow(() -> DomainProblem.notFound("expert-not-found", "No expert " + id));
        ReadGrant grant = ExpertAccess.readGrant(actor, expert);
        // Audited before the data leaves: a read that cannot be audited does not happen.
        grant.staffRole().ifPresent(role -> audit(actor, role, id, purpose));
        return switch (grant.visibility()) {
            case FULL_RECORD -> ExpertView.Full.of(expert);
            case PUBLIC_PROFILE -> new ExpertView.Reduced(expert.publicProfile(), disclosedContact(actor, expert));
        };
    }

    /** Contact details reach a unit only after the expert accepted one of its tasks. */
    private Optional<ContactDetails> disclosedContact(Actor actor, Expert expert) {
        return Optional.ofNullable(actor.organisation())
                .filter(unit -> disclosures.isDisclosedTo(expert.id(), unit))
                .map(unit -> expert.profile().preferences().contact());
    }

    @Override
    public ExpertView.Full viewOwn(Actor actor) {
        actor.requireAny(EXPERT);
        return Username.fromToken(actor.username())
                .flatMap(experts::findByUsername)
                .map(ExpertView.Full::of)
                .orElseThrow(() -> DomainProblem.notFound("expert-not-found",
                        "No registry record is linked to your account"));
    }

    private void audit(Actor actor, Role role, ExpertId id, ReadPurpose purpose) {
        auditLog.record(AuditEntry.by(actor, role, id, clock.instant(), purpose));
    }
}
