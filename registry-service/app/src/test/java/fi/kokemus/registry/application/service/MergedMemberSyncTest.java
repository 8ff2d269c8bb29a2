package fi.kokemus.registry.application.service;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.kokemus.registry.application.port.in.BatchRecord;
import fi.kokemus.registry.application.port.in.BatchResult;
import fi.kokemus.registry.application.port.in.MemberBatchCommand;
import fi.kokemus.registry.application.port.in.RecordResult;
import fi.kokemus.registry.application.port.in.SyncMemberCommand;
import fi.kokemus.registry.application.port.in.SyncMode;
import fi.kokemus.registry.application.port.in.SyncResult;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DuplicateCandidate;
import fi.kokemus.registry.domain.DuplicateReason;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.testing.Actors;
import fi.kokemus.registry.testing.InMemoryAuditLog;
import fi.kokemus.registry.testing.InMemoryContactDisclosures;
import fi.kokemus.registry.testing.InMemoryDuplicateCandidates;
import fi.kokemus.registry.testing.InMemoryExpertRepository;
import fi.kokemus.registry.testing.ProfileBuilder;
import fi.kokemus.registry.testing.SeededTaxonomy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The NGO whose member was merged into another NGO's record keeps syncing them. */
class MergedMemberSyncTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final MemberReference KESKI_MEMBER = new MemberReference(Actors.NGO_KESKI, "K-1");
    private static final MemberReference ITA_MEMBER = new MemberReference(Actors.NGO_ITA, "I-1");

    private final InMemoryExpertRepository experts = new InMemoryExpertRepository(CLOCK);
    private final InMemoryDuplicateCandidates candidates = new InMemoryDuplicateCandidates();
    private final SyncMemberService syncMember = new SyncMemberService(experts, candidates,
            SeededTaxonomy.profileCheck(), CLOCK);
    private final SyncMemberBatchService syncBatch = new SyncMemberBatchService(experts, candidates,
            SeededTaxonomy.profileCheck(), CLOCK);
    private final Expert keski = aProfile().username(null).register(KESKI_MEMBER);
    private final Expert ita = aProfile().username(null).register(ITA_MEMBER);
    private Expert kept;
    private int eventsBefore;

    @BeforeEach
    void mergedPair() {
        experts.save(keski);
        experts.save(ita);
        DuplicateCandidate candidate = DuplicateCandidate.detected(keski.id(), ita.id(),
                Set.of(DuplicateReason.SAME_EMAIL), Set.of(County.KESKI_POHJANMAA), NOW);
        candidates.save(candidate);
        new MergeDuplicatesService(candidates, experts, new InMemoryContactDisclosures(), new InMemoryAuditLog(), CLOCK)
                .merge(Actors.coordinatorSoite(), candidate.id(), keski.id(), null);
        kept = experts.findById(keski.id()).orElseThrow();
        eventsBefore = experts.savedEvents().size();
    }

    @Test
    void aSingleSyncOfTheRetiredMemberAnswersMergedAndChangesNothing() {
        ProfileBuilder changed = aProfile().username(null).municipality("091");

        SyncResult result = syncMember.sync(Actors.ngoIta(),
                new SyncMemberCommand(ITA_MEMBER, changed.build(), changed.consentDecisions()));

        assertThat(result.outcome()).isEqualTo(SyncResult.Outcome.MERGED);
        assertThat(result.mergedInto()).contains(keski.id());
        assertThat(result.expert()).isEmpty();
        assertUnchanged();
    }

    @Test
    void aBatchAnswersMergedForTheRetiredMemberAndAFullSyncListingItKeepsTheMembership() {
        BatchResult result = batch(SyncMode.FULL, member(ITA_MEMBER));

        assertThat(result.results()).extracting(RecordResult::externalId, RecordResult::outcome,
                        RecordResult::mergedInto)
                .containsExactly(tuple("I-1", RecordResult.Outcome.MERGED, Optional.of(keski.id())));
        assertUnchanged();
    }

    @Test
    void aFullSyncNoLongerListingTheRetiredMemberEndsThatOrganisationsMembershipOnTheKeptRecord() {
        BatchResult result = batch(SyncMode.FULL, member(new MemberReference(Actors.NGO_ITA, "I-2")));

        assertThat(result.results()).extracting(RecordResult::externalId, RecordResult::outcome)
                .contains(tuple("I-1", RecordResult.Outcome.DEACTIVATED));
        Expert after = experts.findById(keski.id()).orElseThrow();
        assertThat(after.mergedMembers()).isEmpty();
        assertThat(after.publicProfile().organisations()).containsExactly(Actors.NGO_KESKI);
        assertThat(after.publicProfile().active()).isTrue();
        assertThat(experts.findMergedInto(ITA_MEMBER)).contains(keski.id());
    }

    private void assertUnchanged() {
        Expert after = experts.findById(keski.id()).orElseThrow();
        assertThat(after.version()).isEqualTo(kept.version());
        assertThat(after.mergedMembers()).containsExactly(ITA_MEMBER);
        assertThat(experts.findById(ita.id())).isEmpty();
        assertThat(experts.savedEvents()).hasSize(eventsBefore);
    }

    private BatchResult batch(SyncMode mode, BatchRecord... records) {
        return syncBatch.sync(Actors.ngoIta(), new MemberBatchCommand(Actors.NGO_ITA, mode, false, List.of(records)));
    }

    private static BatchRecord member(MemberReference member) {
        ProfileBuilder profile = aProfile().username(null).name("Bertta", "Testinen");
        return new BatchRecord.Readable(new SyncMemberCommand(member, profile.build(), profile.consentDecisions()));
    }
}
