package fi.kokemus.registry.application.service;

import static fi.kokemus.platform.actor.Role.EXPERT;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.PageRequest;
import fi.kokemus.registry.application.port.ResultPage;
import fi.kokemus.registry.application.port.in.ConsentOutcome;
import fi.kokemus.registry.application.port.in.DataSubjectExport;
import fi.kokemus.registry.application.port.in.ExpertView;
import fi.kokemus.registry.application.port.in.ManageOwnRecordUseCase;
import fi.kokemus.registry.application.port.out.AuditLog;
import fi.kokemus.registry.application.port.out.ContactDisclosures;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.domain.AuditEntry;
import fi.kokemus.registry.domain.Availability;
import fi.kokemus.registry.domain.ConsentDecision;
import fi.kokemus.registry.domain.ConsentKind;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.Preferences;
import fi.kokemus.registry.domain.Username;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public class ManageOwnRecordService implements ManageOwnRecordUseCase {

    private final ExpertRepository experts;
    private final AuditLog auditLog;
    private final ContactDisclosures disclosures;
    private final PersonalDataRemoval removal;
    private final ProfileCheck profileCheck;
    private final Clock clock;

    public ManageOwnRecordService(ExpertRepository experts, AuditLog auditLog, ContactDisclosures disclosures,
            ProfileCheck profileCheck, Clock clock) {
        this.experts = experts;
        this.auditLog = auditLog;
        this.disclosures = disclosures;
        this.removal = new PersonalDataRemoval(experts, disclosures);
        this.profileCheck = profileCheck;
        this.clock = clock;
    }

    @Override
    public ExpertView.Full editPreferences(Actor actor, Preferences preferences) {
        Expert expert = ownRecord(actor);
        profileCheck.requireValid(preferences);
        saveIfChanged(expert, expert.editPreferences(preferences));
        return ExpertView.Full.of(expert);
    }

    @Override
    public ExpertView.Full changeAvailability(Actor actor, Availability availability) {
        Expert expert = ownRecord(actor);
        saveIfChanged(expert, expert.changeAvailability(availability));
        return ExpertView.Full.of(expert);
    }

    @Override
    public ConsentOutcome decideConsent(Actor actor, ConsentKind kind, boolean granted, String textVersion,
            boolean erasureConfirmed) {
        ConsentDecision decision = new ConsentDecision(kind, granted, clock.instant(), textVersion);
        Expert expert = ownRecord(actor);
        if (kind == ConsentKind.REGISTRY_LISTING && !granted) {
            PersonalDataRemoval.requireConfirmed(erasureConfirmed,
                    "Withdrawing the registry listing erases your record for good; confirm with confirmErasure=true");
        }
        boolean hadDiagnoses = !expert.profile().diagnoses().isEmpty();
        boolean changed = expert.decideConsent(decision);
        if (expert.isErased()) {
            removal.saveErased(expert);
            return new ConsentOutcome(ConsentOutcome.Effect.ERASED, Optional.empty());
        }
        saveIfChanged(expert, changed);
        ConsentOutcome.Effect effect = hadDiagnoses && expert.profile().diagnoses().isEmpty()
                ? ConsentOutcome.Effect.DIAGNOSES_REMOVED : ConsentOutcome.Effect.NONE;
        return new ConsentOutcome(effect, Optional.of(ExpertView.Full.of(expert)));
    }

    @Override
    public DataSubjectExport export(Actor actor) {
        Expert expert = ownRecord(actor);
        return new DataSubjectExport(ExpertView.Full.of(expert), everyReadOf(expert),
                disclosures.findByExpert(expert.id()));
    }

    @Override
    public void erase(Actor actor, boolean confirmed) {
        Expert expert = ownRecord(actor);
        PersonalDataRemoval.requireConfirmed(confirmed,
                "Erasing your record cannot be undone; confirm with confirm=true");
        expert.erase();
        removal.saveErased(expert);
    }

    private List<AuditEntry> everyReadOf(Expert expert) {
        List<AuditEntry> reads = new ArrayList<>();
        ResultPage<AuditEntry> page;
        int number = 0;
        do {
            page = auditLog.findByExpert(expert.id(), new PageRequest(number++, PageRequest.MAX_SIZE));
            reads.addAll(page.items());
        } while (reads.size() < page.total() && !page.items().isEmpty());
        return reads;
    }

    private Expert ownRecord(Actor actor) {
        actor.requireAny(EXPERT);
        return Username.fromToken(actor.username())
                .flatMap(experts::findByUsername)
                .orElseThrow(() -> DomainProblem.notFound("expert-not-found",
                        "No registry record is linked to your account"));
    }

    private void saveIfChanged(Expert expert, boolean changed) {
        if (changed) {
            experts.save(expert);
        }
    }
}
