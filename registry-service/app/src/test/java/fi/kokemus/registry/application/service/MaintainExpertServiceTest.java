package fi.kokemus.registry.application.service;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.domain.AssignmentContract;
import fi.kokemus.registry.domain.AuditEntry;
import fi.kokemus.registry.domain.Availability;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DatePeriod;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertEvent;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.domain.Mentorship;
import fi.kokemus.registry.domain.ReadPurpose;
import fi.kokemus.registry.testing.Actors;
import fi.kokemus.registry.testing.InMemoryAuditLog;
import fi.kokemus.registry.testing.InMemoryContactDisclosures;
import fi.kokemus.registry.testing.InMemoryExpertRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MaintainExpertServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private final InMemoryExpertRepository experts = new InMemoryExpertRepository(Clock.fixed(NOW, ZoneOffset.UTC));
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final InMemoryContactDisclosures disclosures = new InMemoryContactDisclosures();
    private final MaintainExpertService service =
            new MaintainExpertService(experts, auditLog, disclosures, Clock.fixed(NOW, ZoneOffset.UTC));
    private Expert aino;
    private Expert senior;

    @BeforeEach
    void storeExperts() {
        aino = aProfile().username("expert.soite").register(new MemberReference(Actors.NGO_KESKI, "M-1001"));
        senior = aProfile().username("senior.soite").name("Eero", "Esimerkki")
                .register(new MemberReference(Actors.NGO_KESKI, "M-1002"));
        experts.save(aino);
        experts.save(senior);
    }

    @Test
    void theCountysCoordinatorRecordsAndEndsItsContract() {
        service.recordContract(Actors.coordinatorSoite(), aino.id(),
                new AssignmentContract(County.KESKI_POHJANMAA, JAN_1, Optional.empty()));
        var ended = service.recordContract(Actors.coordinatorSoite(), aino.id(),
                new AssignmentContract(County.KESKI_POHJANMAA, JAN_1, Optional.of(LocalDate.of(2026, 6, 30))));

        assertThat(ended.state().contracts()).containsExactly(
                new AssignmentContract(County.KESKI_POHJANMAA, JAN_1, Optional.of(LocalDate.of(2026, 6, 30))));
        assertThat(stored(aino).state().contracts()).isEqualTo(ended.state().contracts());
        assertThat(experts.savedEvents()).last().isInstanceOf(ExpertEvent.ContractChanged.class);
    }

    @Test
    void anotherCountysCoordinatorCannotRecordAContractWithAnExpertInvisibleToIt() {
        assertForbidden(() -> service.recordContract(Actors.coordinatorItu(), aino.id(),
                new AssignmentContract(County.ITA_UUSIMAA, JAN_1, Optional.empty())));
        assertThat(stored(aino).state().contracts()).isEmpty();
    }

    @Test
    void theHomeCoordinatorRecordsTheCommitmentTheMentorAndAPause() {
        service.recordConfidentialityCommitment(Actors.coordinatorSoite(), aino.id(), JAN_1);
        var mentorship = new Mentorship(senior.id(), new DatePeriod(JAN_1, LocalDate.of(2026, 12, 31)));
        service.assignMentor(Actors.coordinatorSoite(), aino.id(), Optional.of(mentorship));
        var paused = service.changeAvailability(Actors.coordinatorSoite(), aino.id(),
                new Availability(true, Optional.of("told the coordinator"), List.of()));

        assertThat(paused.state().confidentialityCommitment()).contains(JAN_1);
        assertThat(paused.state().mentor()).contains(mentorship);
        assertThat(paused.publicProfile().active()).isFalse();
        assertThat(stored(aino).state()).isEqualTo(paused.state());

        var withoutMentor = service.assignMentor(Actors.coordinatorSoite(), aino.id(), Optional.empty());
        assertThat(withoutMentor.state().mentor()).isEmpty();
    }

    @Test
    void theMentorMustBeAStoredExpert() {
        var unknown = new Mentorship(ExpertId.random(), new DatePeriod(JAN_1, JAN_1));

        assertThatThrownBy(() -> service.assignMentor(Actors.coordinatorSoite(), aino.id(), Optional.of(unknown)))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.INVALID);
                    assertThat(problem.field()).isEqualTo("mentorId");
                });
        assertThat(stored(aino).state().mentor()).isEmpty();
    }

    @Test
    void onlyTheHomeCoordinatorKeepsTheCommitmentAndAvailability() {
        assertForbidden(() -> service.recordConfidentialityCommitment(Actors.coordinatorItu(), aino.id(), JAN_1));
        assertForbidden(() -> service.changeAvailability(Actors.ngoKeski(), aino.id(), Availability.active()));
        assertThat(experts.savedEvents()).hasSize(2);
    }

    @Test
    void theOwningNgoErasesOnRequestWithConfirmationAndTheErasureIsAudited() {
        disclosures.discloseTo(aino.id(), "soite-mental-health-unit", "a-1");
        ReadPurpose request = new ReadPurpose("request 2026-17");

        assertThatThrownBy(() -> service.erase(Actors.ngoKeski(), aino.id(), request, false))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo("erasure-needs-confirmation"));
        assertThat(experts.findById(aino.id())).isPresent();

        service.erase(Actors.ngoKeski(), aino.id(), request, true);

        assertThat(experts.findById(aino.id())).isEmpty();
        assertThat(disclosures.findByExpert(aino.id())).isEmpty();
        assertThat(auditLog.entries()).containsExactly(new AuditEntry(aino.id(), "sub-ngo-sync-keski",
                Optional.of("ngo-sync-keski"), Role.NGO_PARTNER, NOW, new ReadPurpose("erasure: request 2026-17")));
    }

    @Test
    void anotherCountysCoordinatorCannotErase() {
        assertForbidden(() -> service.erase(Actors.coordinatorItu(), aino.id(), ReadPurpose.VIEW, true));
        assertThat(experts.findById(aino.id())).isPresent();
        assertThat(auditLog.entries()).isEmpty();
    }

    private Expert stored(Expert expert) {
        return experts.findById(expert.id()).orElseThrow();
    }

    private static void assertForbidden(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.FORBIDDEN));
    }
}
