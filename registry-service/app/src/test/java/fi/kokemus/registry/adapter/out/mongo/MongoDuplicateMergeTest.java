package fi.kokemus.registry.adapter.out.mongo;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.MongoAggregateStore;
import fi.kokemus.registry.application.port.in.SyncMemberCommand;
import fi.kokemus.registry.application.port.in.SyncResult;
import fi.kokemus.registry.application.service.MergeDuplicatesService;
import fi.kokemus.registry.application.service.SyncMemberService;
import fi.kokemus.registry.contract.RegistryEvents;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DuplicateCandidate;
import fi.kokemus.registry.domain.DuplicateReason;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.testing.Actors;
import fi.kokemus.registry.testing.ProfileBuilder;
import fi.kokemus.registry.testing.SeededTaxonomy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The coordinator's merge over the Mongo adapters: what the service promises must hold in the database. */
class MongoDuplicateMergeTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    private static final MemberReference ITA_MEMBER = new MemberReference(Actors.NGO_ITA, "I-1");

    private MongoDatabase database;
    private MongoExpertRepository experts;
    private MongoDuplicateCandidates candidates;
    private MergeDuplicatesService merge;
    private SyncMemberService syncMember;
    private Expert keski;
    private Expert ita;
    private DuplicateCandidate candidate;

    @BeforeEach
    void flaggedPair() {
        database = MongoTestDatabase.fresh();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        experts = new MongoExpertRepository(database,
                new EventWriter("registry-service", JsonMapper.builder().build(), clock), clock);
        candidates = new MongoDuplicateCandidates(database);
        merge = new MergeDuplicatesService(candidates, experts, new MongoContactDisclosures(database),
                new MongoAuditLog(database), clock);
        syncMember = new SyncMemberService(experts, candidates, SeededTaxonomy.profileCheck(), clock);
        keski = aProfile().username(null).register(new MemberReference(Actors.NGO_KESKI, "K-1"));
        ita = aProfile().username("bertta.t").contact("bertta@example.org", "+358401234567").register(ITA_MEMBER);
        experts.save(keski);
        experts.save(ita);
        candidate = DuplicateCandidate.detected(keski.id(), ita.id(), Set.of(DuplicateReason.SAME_NAME_AND_MUNICIPALITY),
                Set.of(County.KESKI_POHJANMAA), NOW);
        candidates.save(candidate);
    }

    @Test
    void theMergeIsStoredAndTheRetiredRecordHoldsNoPersonalData() {
        merge.merge(Actors.coordinatorSoite(), candidate.id(), keski.id(), "same person");

        DuplicateCandidate merged = candidates.find(candidate.id()).orElseThrow();
        assertThat(merged.status()).isEqualTo(DuplicateCandidate.Status.MERGED);
        assertThat(merged.resolution().orElseThrow().kept()).contains(keski.id());
        assertThat(experts.findById(keski.id()).orElseThrow().mergedMembers()).containsExactly(ITA_MEMBER);
        Document tombstone = database.getCollection(MongoExpertRepository.COLLECTION)
                .find(new Document("_id", ita.id().value())).first();
        tombstone.remove(MongoAggregateStore.OUTBOX);
        assertThat(tombstone.toJson()).doesNotContain("bertta", "Testinen", "+358", "example.org");
        assertThat(database.getCollection(MongoAuditLog.COLLECTION).countDocuments()).isEqualTo(2);
    }

    @Test
    void erasingTheKeptPersonLeavesOnlyAnErasureMarkerOfTheMemberMergedAway() {
        merge.merge(Actors.coordinatorSoite(), candidate.id(), keski.id(), null);
        Expert kept = experts.findById(keski.id()).orElseThrow();

        kept.erase();
        experts.save(kept);

        Document retired = database.getCollection(MongoExpertRepository.COLLECTION)
                .find(new Document("_id", ita.id().value())).first();
        assertThat(retired.keySet()).doesNotContain(ExpertDocuments.ORGANISATION_ID, ExpertDocuments.EXTERNAL_ID,
                ExpertDocuments.MERGED_INTO).contains(ExpertDocuments.ERASED_AT, ExpertDocuments.ERASED_MEMBER);
        assertThat(retired.toJson()).doesNotContain("I-1", "ngo-ita", "Aino");
        assertThat(retired.getList(MongoAggregateStore.OUTBOX, Document.class)).singleElement()
                .satisfies(message -> assertThat(message.getString("payload"))
                        .contains(RegistryEvents.EXPERT_ERASED.type(), ita.id().value()));
        assertThat(experts.findErasure(ITA_MEMBER)).isPresent();
    }

    @Test
    void theRetiredMembersNextSyncAnswersMergedAndChangesNothing() {
        merge.merge(Actors.coordinatorSoite(), candidate.id(), keski.id(), null);
        long keptVersion = experts.findById(keski.id()).orElseThrow().version();
        ProfileBuilder profile = aProfile().username("bertta.t").municipality("091");

        SyncResult result = syncMember.sync(Actors.ngoIta(),
                new SyncMemberCommand(ITA_MEMBER, profile.build(), profile.consentDecisions()));

        assertThat(result.outcome()).isEqualTo(SyncResult.Outcome.MERGED);
        assertThat(result.mergedInto()).isEqualTo(Optional.of(keski.id()));
        assertThat(experts.findById(keski.id()).orElseThrow().version()).isEqualTo(keptVersion);
        assertThat(experts.findById(ita.id())).isEmpty();
    }
}
