package fi.kokemus.registry.application.service;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.in.ExpertView;
import fi.kokemus.registry.application.port.in.ReviewDuplicatesUseCase.DuplicateReview;
import fi.kokemus.registry.domain.AuditEntry;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DuplicateCandidate;
import fi.kokemus.registry.domain.DuplicateCandidate.Decision;
import fi.kokemus.registry.domain.DuplicateCandidate.Status;
import fi.kokemus.registry.domain.DuplicateReason;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.testing.Actors;
import fi.kokemus.registry.testing.InMemoryAuditLog;
import fi.kokemus.registry.testing.InMemoryDuplicateCandidates;
import fi.kokemus.registry.testing.InMemoryExpertRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewDuplicatesServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    private final InMemoryExpertRepository experts = new InMemoryExpertRepository();
    private final InMemoryDuplicateCandidates candidates = new InMemoryDuplicateCandidates();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final ReviewDuplicatesService service = new ReviewDuplicatesService(candidates, experts, auditLog,
            Clock.fixed(NOW, ZoneOffset.UTC));

    private final Expert keski = aProfile().username(null).register(new MemberReference(Actors.NGO_KESKI, "K-1"));
    private final Expert ita = aProfile().username(null).homeCounty(County.ITA_UUSIMAA)
            .register(new MemberReference(Actors.NGO_ITA, "I-1"));
    private DuplicateCandidate candidate;

    @BeforeEach
    void flaggedPair() {
        experts.save(keski);
        experts.save(ita);
        candidate = DuplicateCandidate.detected(keski.id(), ita.id(), Set.of(DuplicateReason.SAME_EMAIL),
                Set.of(County.KESKI_POHJANMAA, County.ITA_UUSIMAA), NOW);
        candidates.save(candidate);
    }

    @Test
    void coordinatorsOfEitherCountySeeBothRecordsAndEachReadIsAudited() {
        for (Actor coordinator : new Actor[] {Actors.coordinatorSoite(), Actors.coordinatorItu()}) {
            assertThat(service.list(coordinator, Status.OPEN)).singleElement().satisfies(review -> {
                assertThat(review.candidate().id()).isEqualTo(candidate.id());
                assertThat(review.experts()).extracting(ExpertView.Full::id)
                        .containsExactlyInAnyOrder(keski.id(), ita.id());
            });
        }

        assertThat(auditLog.entries()).hasSize(4).allSatisfy(entry -> {
            assertThat(entry.purpose().value()).isEqualTo("duplicate review");
            assertThat(entry.role()).isEqualTo(Role.COORDINATOR);
        });
        assertThat(auditLog.entries()).extracting(AuditEntry::expertId).containsOnly(keski.id(), ita.id());
    }

    @Test
    void otherCountiesAndRolesSeeNothing() {
        DuplicateCandidate elsewhere = DuplicateCandidate.detected(keski.id(), ita.id(), Set.of(DuplicateReason.SAME_PHONE),
                Set.of(County.ITA_UUSIMAA), NOW);
        candidates.save(elsewhere);

        assertThat(service.list(Actors.coordinatorSoite(), Status.OPEN)).isEmpty();
        assertThatThrownBy(() -> service.list(Actors.ngoKeski(), Status.OPEN)).isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> service.list(Actors.ordererSoite(), Status.OPEN)).isInstanceOf(DomainProblem.class);
        assertThat(auditLog.entries()).isEmpty();
    }

    @Test
    void aCoordinatorResolvesOncePerPair() {
        DuplicateCandidate confirmed = service.resolve(Actors.coordinatorSoite(), candidate.id(),
                Decision.SAME_PERSON, "same birth date in both systems");

        assertThat(confirmed.status()).isEqualTo(Status.CONFIRMED);
        assertThat(candidates.find(candidate.id()).orElseThrow().resolution().orElseThrow().note())
                .isEqualTo("same birth date in both systems");
        assertThat(service.list(Actors.coordinatorSoite(), Status.OPEN)).isEmpty();
        assertThat(service.list(Actors.coordinatorSoite(), Status.CONFIRMED)).extracting(DuplicateReview::candidate)
                .extracting(DuplicateCandidate::id).containsExactly(candidate.id());
        assertThatThrownBy(() -> service.resolve(Actors.coordinatorItu(), candidate.id(), Decision.NOT_SAME_PERSON, null))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo("already-resolved"));
    }

    @Test
    void aPairOutsideTheCoordinatorsCountyIsNotFound() {
        candidates.clear();
        DuplicateCandidate elsewhere = DuplicateCandidate.detected(keski.id(), ita.id(), Set.of(DuplicateReason.SAME_PHONE),
                Set.of(County.ITA_UUSIMAA), NOW);
        candidates.save(elsewhere);

        assertThatThrownBy(() -> service.resolve(Actors.coordinatorSoite(), elsewhere.id(), Decision.SAME_PERSON, null))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo("duplicate-candidate-not-found"));
        assertThat(candidates.find(elsewhere.id()).orElseThrow().status()).isEqualTo(Status.OPEN);
    }
}
