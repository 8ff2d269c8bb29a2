package fi.kokemus.registry.application.service;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.in.MergeDuplicatesUseCase.Merge;
import fi.kokemus.registry.domain.AuditEntry;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DuplicateCandidate;
import fi.kokemus.registry.domain.DuplicateCandidate.Status;
import fi.kokemus.registry.domain.DuplicateReason;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertEvent;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.testing.Actors;
import fi.kokemus.registry.testing.InMemoryAuditLog;
import fi.kokemus.registry.testing.InMemoryContactDisclosures;
import fi.kokemus.registry.testing.InMemoryDuplicateCandidates;
import fi.kokemus.registry.testing.InMemoryExpertRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MergeDuplicatesServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    private static final MemberReference KESKI_MEMBER = new MemberReference(Actors.NGO_KESKI, "K-1");
    private static final MemberReference ITA_MEMBER = new MemberReference(Actors.NGO_ITA, "I-1");

    private final InMemoryExpertRepository experts = new InMemoryExpertRepository();
    private final InMemoryDuplicateCandidates candidates = new InMemoryDuplicateCandidates();
    private final InMemoryContactDisclosures disclosures = new InMemoryContactDisclosures();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final MergeDuplicatesService service = new MergeDuplicatesService(candidates, experts, disclosures,
            auditLog, Clock.fixed(NOW, ZoneOffset.UTC));

    private final Expert keski = aProfile().username("aino.t").register(KESKI_MEMBER);
    private final Expert ita = aProfile().username(null).municipality("091").homeCounty(County.ITA_UUSIMAA)
            .register(ITA_MEMBER);
    private DuplicateCandidate candidate;

    @BeforeEach
    void flaggedPair() {
        experts.save(keski);
        experts.save(ita);
        disclosures.discloseTo(ita.id(), "itu-social-work-unit", "assignment-1");
        candidate = DuplicateCandidate.detected(keski.id(), ita.id(), Set.of(DuplicateReason.SAME_EMAIL),
                Set.of(County.KESKI_POHJANMAA, County.ITA_UUSIMAA), NOW);
        candidates.save(candidate);
    }

    @Test
    void theKeptRecordTakesOverTheMembershipAndTheOtherIsRetired() {
        Merge merge = service.merge(Actors.coordinatorSoite(), candidate.id(), keski.id(), "same person");

        Expert kept = experts.findById(keski.id()).orElseThrow();
        assertThat(kept.mergedMembers()).containsExactly(ITA_MEMBER);
        assertThat(kept.publicProfile().organisations()).containsExactlyInAnyOrder(Actors.NGO_KESKI, Actors.NGO_ITA);
        assertThat(kept.profile()).isEqualTo(keski.profile());
        assertThat(experts.findById(ita.id())).isEmpty();
        assertThat(experts.findByMember(ITA_MEMBER)).isEmpty();
        assertThat(experts.findMergedInto(ITA_MEMBER)).contains(keski.id());
        assertThat(disclosures.findByExpert(ita.id())).isEmpty();
        assertThat(merge.retired()).isEqualTo(ita.id());
        assertThat(merge.differences()).containsExactly("username", "homeCounty", "municipality");
        assertThat(candidates.find(candidate.id()).orElseThrow()).satisfies(merged -> {
            assertThat(merged.status()).isEqualTo(Status.MERGED);
            assertThat(merged.resolution().orElseThrow().resolvedBy()).isEqualTo(Actors.coordinatorSoite().subject());
            assertThat(merged.resolution().orElseThrow().note()).isEqualTo("same person");
            assertThat(merged.resolution().orElseThrow().kept()).contains(keski.id());
        });
        assertThat(auditLog.entries()).extracting(AuditEntry::expertId).containsExactly(keski.id(), ita.id());
    }

    @Test
    void theOtherServicesHearTheKeptRecordsOrganisationsAndThatTheRetiredIsNoLongerActive() {
        int before = experts.savedEvents().size();

        service.merge(Actors.coordinatorItu(), candidate.id(), keski.id(), null);

        assertThat(experts.savedEvents().subList(before, experts.savedEvents().size()))
                .extracting(event -> ((ExpertEvent.ProfileChanged) event).profile())
                .satisfiesExactly(
                        kept -> assertThat(kept.organisations()).contains(Actors.NGO_ITA),
                        retired -> {
                            assertThat(retired.expertId()).isEqualTo(ita.id());
                            assertThat(retired.active()).isFalse();
                        });
    }

    @Test
    void aConfirmedPairIsMerged() {
        candidates.save(candidate.resolve(DuplicateCandidate.Decision.SAME_PERSON, null, "coordinator.itu", NOW));

        service.merge(Actors.coordinatorItu(), candidate.id(), ita.id(), null);

        assertThat(experts.findById(keski.id())).isEmpty();
        assertThat(experts.findMergedInto(keski.id())).contains(ita.id());
    }

    @Test
    void aMergeInterruptedAfterTheKeptRecordWasWrittenIsCompletedByTheSameRequest() {
        Expert kept = experts.findById(keski.id()).orElseThrow();
        kept.absorb(experts.findById(ita.id()).orElseThrow());
        experts.save(kept);

        Merge merge = service.merge(Actors.coordinatorSoite(), candidate.id(), keski.id(), null);

        assertThat(experts.findById(keski.id()).orElseThrow().version()).isEqualTo(2);
        assertThat(experts.findMergedInto(ita.id())).contains(keski.id());
        assertThat(merge.candidate().status()).isEqualTo(Status.MERGED);
    }

    @Test
    void aMergeInterruptedAfterTheRetirementIsCompletedByTheSameRequest() {
        Expert kept = experts.findById(keski.id()).orElseThrow();
        Expert retired = experts.findById(ita.id()).orElseThrow();
        kept.absorb(retired);
        experts.save(kept);
        retired.retireInto(keski.id());
        experts.save(retired);

        Merge merge = service.merge(Actors.coordinatorSoite(), candidate.id(), keski.id(), null);

        assertThat(merge.candidate().status()).isEqualTo(Status.MERGED);
        assertThat(merge.differences()).isEmpty();
        assertThat(experts.findById(keski.id()).orElseThrow().mergedMembers()).containsExactly(ITA_MEMBER);
    }

    @Test
    void aMergedPairIsNotMergedAgain() {
        service.merge(Actors.coordinatorSoite(), candidate.id(), keski.id(), null);

        assertProblem(DomainProblem.Kind.CONFLICT, "already-merged",
                () -> service.merge(Actors.coordinatorSoite(), candidate.id(), keski.id(), null));
        assertProblem(DomainProblem.Kind.CONFLICT, "already-merged",
                () -> service.merge(Actors.coordinatorSoite(), candidate.id(), ita.id(), null));
    }

    @Test
    void aPairWithAnErasedRecordCannotBeMerged() {
        Expert erased = experts.findById(ita.id()).orElseThrow();
        erased.erase();
        experts.save(erased);

        assertProblem(DomainProblem.Kind.CONFLICT, "expert-gone",
                () -> service.merge(Actors.coordinatorSoite(), candidate.id(), keski.id(), null));
        assertProblem(DomainProblem.Kind.CONFLICT, "expert-gone",
                () -> service.merge(Actors.coordinatorSoite(), candidate.id(), ita.id(), null));
        assertThat(experts.findById(keski.id()).orElseThrow().mergedMembers()).isEmpty();
    }

    @Test
    void badRequestsChangeNothing() {
        candidates.save(DuplicateCandidate.detected(keski.id(), ita.id(), candidate.reasons(),
                Set.of(County.ITA_UUSIMAA), NOW));

        assertProblem(DomainProblem.Kind.NOT_FOUND, "duplicate-candidate-not-found",
                () -> service.merge(Actors.coordinatorSoite(), "unknown~pair", keski.id(), null));
        assertProblem(DomainProblem.Kind.NOT_FOUND, "duplicate-candidate-not-found",
                () -> service.merge(Actors.coordinatorSoite(), candidate.id(), keski.id(), null));
        assertProblem(DomainProblem.Kind.INVALID, "keep-not-in-pair",
                () -> service.merge(Actors.coordinatorItu(), candidate.id(), ExpertId.random(), null));
        for (Actor refused : new Actor[] {Actors.ordererSoite(), Actors.ngoKeski(), Actors.financeSoite()}) {
            assertThatThrownBy(() -> service.merge(refused, candidate.id(), keski.id(), null))
                    .isInstanceOfSatisfying(DomainProblem.class,
                            problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.FORBIDDEN));
        }

        assertThat(experts.findById(ita.id())).isPresent();
        assertThat(experts.findById(keski.id()).orElseThrow().mergedMembers()).isEmpty();
        assertThat(candidates.find(candidate.id()).orElseThrow().status()).isEqualTo(Status.OPEN);
        assertThat(auditLog.entries()).isEmpty();
    }

    private static void assertProblem(DomainProblem.Kind kind, String code,
            ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainProblem.class, problem -> {
            assertThat(problem.kind()).isEqualTo(kind);
            assertThat(problem.code()).isEqualTo(code);
        });
    }
}
