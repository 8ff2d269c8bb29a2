package fi.kokemus.registry.application.service;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.in.BatchRecord;
import fi.kokemus.registry.application.port.in.BatchResult;
import fi.kokemus.registry.application.port.in.MemberBatchCommand;
import fi.kokemus.registry.application.port.in.RecordProblem;
import fi.kokemus.registry.application.port.in.RecordResult;
import fi.kokemus.registry.application.port.in.RecordResult.Outcome;
import fi.kokemus.registry.application.port.in.SyncMemberBatchUseCase;
import fi.kokemus.registry.application.port.in.SyncMemberCommand;
import fi.kokemus.registry.application.port.in.SyncMode;
import fi.kokemus.registry.domain.ConsentDecision;
import fi.kokemus.registry.domain.ConsentKind;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.testing.SeededTaxonomy;
import fi.kokemus.registry.testing.Actors;
import fi.kokemus.registry.testing.InMemoryDuplicateCandidates;
import fi.kokemus.registry.testing.InMemoryExpertRepository;
import fi.kokemus.registry.testing.ProfileBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SyncMemberBatchServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    private final InMemoryExpertRepository experts = new InMemoryExpertRepository();
    private final InMemoryDuplicateCandidates candidates = new InMemoryDuplicateCandidates();
    private final SyncMemberBatchService service = new SyncMemberBatchService(experts, candidates,
            SeededTaxonomy.profileCheck(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void everyRecordIsSyncedAndAnsweredInBatchOrder() {
        BatchResult result = upsert(member("M-1", "aino.t"), member("M-2", "bertta.t"));

        assertThat(result.results()).extracting(RecordResult::externalId).containsExactly("M-1", "M-2");
        assertThat(result.results()).extracting(RecordResult::outcome).containsOnly(Outcome.CREATED);
        assertThat(result.counts()).containsEntry(Outcome.CREATED, 2).containsEntry(Outcome.FAILED, 0);
        assertThat(experts.findByMember(reference("M-2")).map(Expert::id))
                .isEqualTo(result.results().get(1).expertId());
        assertThat(experts.savedEvents()).hasSize(2);
    }

    @Test
    void theSameBatchTwiceChangesNothingAndAnnouncesNothing() {
        List<BatchRecord> batch = List.of(member("M-1", "aino.t"), member("M-2", "bertta.t"));
        upsert(batch.toArray(BatchRecord[]::new));

        BatchResult again = upsert(batch.toArray(BatchRecord[]::new));

        assertThat(again.results()).extracting(RecordResult::outcome).containsOnly(Outcome.UNCHANGED);
        assertThat(experts.savedEvents()).hasSize(2);
        assertThat(experts.findByMember(reference("M-1")).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void aRefusedRecordDoesNotStopTheOthers() {
        BatchRecord withoutConsent = new BatchRecord.Readable(new SyncMemberCommand(reference("M-2"),
                aProfile().username("bertta.t").build(), List.of()));
        BatchRecord unreadable = new BatchRecord.Unreadable("M-3",
                new RecordProblem("invalid-input", "firstName: must not be blank", "firstName"));

        BatchResult result = upsert(member("M-1", "aino.t"), withoutConsent, unreadable, member("M-4", "aino.t"));

        assertThat(result.results()).extracting(RecordResult::outcome)
                .containsExactly(Outcome.CREATED, Outcome.FAILED, Outcome.FAILED, Outcome.FAILED);
        assertThat(result.results().get(1).problem().map(RecordProblem::code)).contains("registry-consent-required");
        assertThat(result.results().get(1).problem().map(RecordProblem::field)).contains("consents");
        assertThat(result.results().get(2).problem().map(RecordProblem::field)).contains("firstName");
        assertThat(result.results().get(3).problem().map(RecordProblem::code)).contains("username-taken");
        assertThat(experts.findByMember(reference("M-1"))).isPresent();
        assertThat(experts.findByMember(reference("M-2"))).isEmpty();
        assertThat(experts.findByMember(reference("M-4"))).isEmpty();
        assertThat(result.counts()).containsEntry(Outcome.CREATED, 1).containsEntry(Outcome.FAILED, 3);
    }

    @Test
    void aMemberListedTwiceInOneBatchIsSyncedOnceAndTheRepeatFails() {
        BatchResult result = upsert(member("M-1", "aino.t"), member("M-1", "aino.t"));

        assertThat(result.results()).extracting(RecordResult::outcome).containsExactly(Outcome.CREATED, Outcome.FAILED);
        assertThat(result.results().get(1).problem().map(RecordProblem::code)).contains("duplicate-in-batch");
    }

    @Test
    void aWithdrawnRegistryConsentErasesTheMember() {
        upsert(member("M-1", "aino.t"));
        BatchRecord withdrawal = new BatchRecord.Readable(new SyncMemberCommand(reference("M-1"),
                aProfile().username("aino.t").build(),
                List.of(ConsentDecision.withdrawn(ConsentKind.REGISTRY_LISTING, NOW, "registry-v1"))));

        BatchResult result = upsert(withdrawal);

        assertThat(result.results()).extracting(RecordResult::outcome).containsExactly(Outcome.ERASED);
        assertThat(experts.findByMember(reference("M-1"))).isEmpty();
    }

    @Test
    void aFullSyncEndsTheMembershipOfCurrentMembersMissingFromTheBatch() {
        upsert(member("M-1", "aino.t"), member("M-2", "bertta.t"), member("M-3", "cecilia.t"));
        Expert otherOrganisations = aProfile().username("dora.t").register(new MemberReference(Actors.NGO_ITA, "M-2"));
        experts.save(otherOrganisations);

        BatchResult result = sync(Actors.ngoKeski(), SyncMode.FULL, false, member("M-1", "aino.t"));

        assertThat(result.results()).extracting(RecordResult::externalId, RecordResult::outcome)
                .containsExactlyInAnyOrder(tuple("M-1", Outcome.UNCHANGED),
                        tuple("M-2", Outcome.DEACTIVATED),
                        tuple("M-3", Outcome.DEACTIVATED));
        assertThat(experts.findByMember(reference("M-2")).orElseThrow().state().membershipEnded()).isTrue();
        assertThat(experts.findByMember(reference("M-1")).orElseThrow().state().membershipEnded()).isFalse();
        assertThat(experts.findById(otherOrganisations.id()).orElseThrow().state().membershipEnded()).isFalse();

        BatchResult again = sync(Actors.ngoKeski(), SyncMode.FULL, false, member("M-1", "aino.t"));

        assertThat(again.results()).extracting(RecordResult::outcome).containsExactly(Outcome.UNCHANGED);
    }

    @Test
    void aFailedRecordOfAFullSyncStillCountsAsListed() {
        upsert(member("M-1", "aino.t"));
        BatchRecord unreadable = new BatchRecord.Unreadable("M-1",
                new RecordProblem("invalid-input", "firstName: must not be blank", "firstName"));

        BatchResult result = sync(Actors.ngoKeski(), SyncMode.FULL, false, unreadable);

        assertThat(result.results()).extracting(RecordResult::outcome).containsExactly(Outcome.FAILED);
        assertThat(experts.findByMember(reference("M-1")).orElseThrow().state().membershipEnded()).isFalse();
    }

    @Test
    void aDryRunAnswersEveryOutcomeAndChangesNothing() {
        upsert(member("M-1", "aino.t"), member("M-2", "bertta.t"));
        int eventsBefore = experts.savedEvents().size();
        BatchRecord changed = new BatchRecord.Readable(new SyncMemberCommand(reference("M-1"),
                aProfile().username("aino.t").topics("CHILD_PROTECTION").build(), aProfile().consentDecisions()));

        BatchResult result = sync(Actors.ngoKeski(), SyncMode.FULL, true, changed, member("M-3", "cecilia.t"));

        assertThat(result.dryRun()).isTrue();
        assertThat(result.results()).extracting(RecordResult::outcome)
                .containsExactly(Outcome.UPDATED, Outcome.CREATED, Outcome.DEACTIVATED);
        assertThat(experts.savedEvents()).hasSize(eventsBefore);
        assertThat(experts.findByMember(reference("M-3"))).isEmpty();
        assertThat(experts.findByMember(reference("M-1")).orElseThrow().version()).isEqualTo(1);
        assertThat(experts.findByMember(reference("M-2")).orElseThrow().state().membershipEnded()).isFalse();
    }

    @Test
    void onlyTheOrganisationsPartnerOrAnAdminMaySyncItsMembers() {
        assertThatThrownBy(() -> sync(Actors.ngoIta(), SyncMode.UPSERT, false, member("M-1", "aino.t")))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo("other-organisation"));
        assertThatThrownBy(() -> sync(Actors.coordinatorSoite(), SyncMode.FULL, false, member("M-1", "aino.t")))
                .isInstanceOf(DomainProblem.class);
        assertThat(sync(Actors.admin(), SyncMode.UPSERT, false, member("M-1", "aino.t")).counts())
                .containsEntry(Outcome.CREATED, 1);
    }

    @Test
    void aBatchOverTheLimitIsRefusedWhole() {
        List<BatchRecord> tooMany = IntStream.rangeClosed(0, SyncMemberBatchUseCase.MAX_RECORDS)
                .mapToObj(index -> member("M-" + index, null)).toList();

        assertThatThrownBy(() -> upsert(tooMany.toArray(BatchRecord[]::new)))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo("batch-too-large"));
        assertThat(experts.savedEvents()).isEmpty();
    }

    private BatchResult upsert(BatchRecord... records) {
        return sync(Actors.ngoKeski(), SyncMode.UPSERT, false, records);
    }

    private BatchResult sync(Actor actor, SyncMode mode, boolean dryRun, BatchRecord... records) {
        return service.sync(actor, new MemberBatchCommand(Actors.NGO_KESKI, mode, dryRun, List.of(records)));
    }

    private static BatchRecord member(String externalId, String username) {
        ProfileBuilder profile = aProfile().username(username);
        return new BatchRecord.Readable(new SyncMemberCommand(reference(externalId), profile.build(),
                profile.consentDecisions()));
    }

    private static MemberReference reference(String externalId) {
        return new MemberReference(Actors.NGO_KESKI, externalId);
    }
}
