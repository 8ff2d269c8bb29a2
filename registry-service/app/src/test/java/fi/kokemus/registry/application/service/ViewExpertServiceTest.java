package fi.kokemus.registry.application.service;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.in.ExpertView;
import fi.kokemus.registry.domain.AuditEntry;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.domain.ReadPurpose;
import fi.kokemus.registry.testing.Actors;
import fi.kokemus.registry.testing.InMemoryAuditLog;
import fi.kokemus.registry.testing.InMemoryContactDisclosures;
import fi.kokemus.registry.testing.InMemoryExpertRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ViewExpertServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    private final InMemoryExpertRepository experts = new InMemoryExpertRepository();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final InMemoryContactDisclosures disclosures = new InMemoryContactDisclosures();
    private final ViewExpertService service =
            new ViewExpertService(experts, auditLog, disclosures, Clock.fixed(NOW, ZoneOffset.UTC));
    private Expert expert;

    @BeforeEach
    void storeAnExpert() {
        expert = aProfile().username("expert.soite").register(new MemberReference(Actors.NGO_KESKI, "M-1001"));
        experts.save(expert);
    }

    @Test
    void theHomeCountysCoordinatorReadsTheFullRecordAndTheReadIsAudited() {
        ExpertView view = service.view(Actors.coordinatorSoite(), expert.id(), new ReadPurpose("order 42"));

        assertThat(view).isEqualTo(ExpertView.Full.of(expert));
        assertThat(auditLog.entries()).containsExactly(new AuditEntry(expert.id(), "sub-coordinator.soite",
                Optional.of("coordinator.soite"), Role.COORDINATOR, NOW, new ReadPurpose("order 42")));
    }

    @Test
    void theOwningNgoReadsTheFullRecordAndTheReadIsAudited() {
        assertThat(service.view(Actors.ngoKeski(), expert.id(), ReadPurpose.VIEW)).isInstanceOf(ExpertView.Full.class);
        assertThat(auditLog.entries()).extracting(AuditEntry::role).containsExactly(Role.NGO_PARTNER);
    }

    @Test
    void anOrdererOfTheCountyReadsThePublicProfileOnlyAndTheReadIsAudited() {
        ExpertView view = service.view(Actors.ordererSoite(), expert.id(), ReadPurpose.VIEW);

        assertThat(view).isEqualTo(new ExpertView.Reduced(expert.publicProfile(), Optional.empty()));
        assertThat(auditLog.entries()).extracting(AuditEntry::role).containsExactly(Role.ORDERER);
    }

    @Test
    void theContactDetailsReachOnlyTheUnitWhoseTaskTheExpertAccepted() {
        disclosures.discloseTo(expert.id(), "soite-mental-health-unit", "assignment-1");

        var ownUnit = (ExpertView.Reduced) service.view(Actors.ordererSoite(), expert.id(), ReadPurpose.VIEW);
        var otherUnit = (ExpertView.Reduced) service.view(
                Actors.of("orderer.other", Role.ORDERER, Actors.SOITE, "soite-child-welfare-unit"), expert.id(),
                ReadPurpose.VIEW);

        assertThat(ownUnit.disclosedContact()).contains(expert.profile().preferences().contact());
        assertThat(otherUnit.disclosedContact()).isEmpty();
    }

    @Test
    void theExpertReadsTheirOwnRecordWithoutAnAuditEntry() {
        assertThat(service.view(Actors.expert("expert.soite"), expert.id(), ReadPurpose.VIEW))
                .isInstanceOf(ExpertView.Full.class);
        assertThat(service.viewOwn(Actors.expert("expert.soite")).id()).isEqualTo(expert.id());
        assertThat(auditLog.entries()).isEmpty();
    }

    @Test
    void refusedReadersLeaveNoAuditEntry() {
        for (Actor actor : new Actor[] {Actors.coordinatorItu(), Actors.ordererItu(), Actors.ngoIta(),
                Actors.expert("expert.itu"), Actors.financeSoite(), Actors.admin()}) {
            assertProblem(DomainProblem.Kind.FORBIDDEN, () -> service.view(actor, expert.id(), ReadPurpose.VIEW));
        }
        assertThat(auditLog.entries()).isEmpty();
    }

    @Test
    void anUnknownIdIsNotFoundForReadersButForbiddenForOthers() {
        assertProblem(DomainProblem.Kind.NOT_FOUND,
                () -> service.view(Actors.coordinatorSoite(), ExpertId.random(), ReadPurpose.VIEW));
        assertProblem(DomainProblem.Kind.FORBIDDEN,
                () -> service.view(Actors.financeSoite(), ExpertId.random(), ReadPurpose.VIEW));
    }

    @Test
    void anExpertWithoutARecordAndNonExpertsGetNoOwnRecord() {
        assertProblem(DomainProblem.Kind.NOT_FOUND, () -> service.viewOwn(Actors.expert("expert.itu")));
        assertProblem(DomainProblem.Kind.FORBIDDEN, () -> service.viewOwn(Actors.coordinatorSoite()));
    }

    private static void assertProblem(DomainProblem.Kind kind, Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.kind()).isEqualTo(kind));
    }
}
