package fi.kokemus.registry.adapter.out.mongo;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.MongoAggregateStore;
import fi.kokemus.registry.application.port.in.BatchRecord;
import fi.kokemus.registry.application.port.in.BatchResult;
import fi.kokemus.registry.application.port.in.MemberBatchCommand;
import fi.kokemus.registry.application.port.in.RecordResult;
import fi.kokemus.registry.application.port.in.SyncMemberCommand;
import fi.kokemus.registry.application.port.in.SyncMode;
import fi.kokemus.registry.application.service.SyncMemberBatchService;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DuplicateCandidate;
import fi.kokemus.registry.domain.DuplicateCandidate.Status;
import fi.kokemus.registry.domain.DuplicateReason;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.testing.SeededTaxonomy;
import fi.kokemus.registry.testing.Actors;
import fi.kokemus.registry.testing.ProfileBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The batch sync over the Mongo adapters: what the service promises must hold in the database. */
class MongoMemberBatchTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    private MongoDatabase database;
    private MongoDuplicateCandidates candidates;
    private SyncMemberBatchService service;

    @BeforeEach
    void freshDatabase() {
        database = MongoTestDatabase.fresh();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var experts = new MongoExpertRepository(database,
                new EventWriter("registry-service", JsonMapper.builder().build(), clock), clock);
        candidates = new MongoDuplicateCandidates(database);
        service = new SyncMemberBatchService(experts, candidates, SeededTaxonomy.profileCheck(), clock);
    }

    @Test
    void theSameBatchTwiceWritesNoNewVersionAndNoNewEvent() {
        List<BatchRecord> batch = IntStream.range(0, 50)
                .mapToObj(index -> member(Actors.NGO_KESKI, "M-" + index, aProfile().username(null)
                        .name("Henkilo", "Testi" + letters(index)).contact("person" + index + "@example.org", null)))
                .toList();
        sync(Actors.NGO_KESKI, batch);
        List<Document> before = allExperts();

        BatchResult again = sync(Actors.NGO_KESKI, batch);

        assertThat(again.counts()).containsEntry(RecordResult.Outcome.UNCHANGED, 50);
        List<Document> after = allExperts();
        assertThat(after).isEqualTo(before);
        assertThat(after).allSatisfy(document ->
                assertThat(document.getList(MongoAggregateStore.OUTBOX, Document.class)).hasSize(1));
        assertThat(database.getCollection(MongoDuplicateCandidates.COLLECTION).countDocuments()).isZero();
    }

    @Test
    void theSamePersonFromTwoOrganisationsIsOneCandidateFoundThroughTheStoredMatchKeys() {
        ProfileBuilder aino = aProfile().username(null).contact("aino.testinen@example.org", "+358 40 000 0001");
        RecordResult keski = sync(Actors.NGO_KESKI, List.of(member(Actors.NGO_KESKI, "K-1", aino))).results().get(0);
        ProfileBuilder sameInIta = aProfile().username(null).homeCounty(County.ITA_UUSIMAA).municipality("638")
                .contact("Aino.Testinen@example.org", "040 000 0001");

        RecordResult ita = sync(Actors.NGO_ITA, List.of(member(Actors.NGO_ITA, "I-1", sameInIta))).results().get(0);
        sync(Actors.NGO_ITA, List.of(member(Actors.NGO_ITA, "I-1", sameInIta.topics("CHILD_PROTECTION"))));

        assertThat(ita.possibleDuplicateOf()).containsExactly(keski.expertId().orElseThrow());
        assertThat(database.getCollection(MongoDuplicateCandidates.COLLECTION).countDocuments()).isEqualTo(1);
        DuplicateCandidate stored = candidates.findReviewableIn(County.ITA_UUSIMAA, Status.OPEN).get(0);
        assertThat(stored.reasons()).containsExactlyInAnyOrder(DuplicateReason.SAME_EMAIL, DuplicateReason.SAME_PHONE);
        assertThat(stored.counties()).containsExactlyInAnyOrder(County.KESKI_POHJANMAA, County.ITA_UUSIMAA);
        assertThat(candidates.findReviewableIn(County.KESKI_POHJANMAA, Status.OPEN)).containsExactly(stored);
        assertThat(candidates.findReviewableIn(County.KESKI_UUSIMAA, Status.OPEN)).isEmpty();
    }

    @Test
    void aResolutionIsStoredAndReadBack() {
        var first = aProfile().register(new MemberReference(Actors.NGO_KESKI, "K-1")).id();
        var second = aProfile().register(new MemberReference(Actors.NGO_ITA, "I-1")).id();
        DuplicateCandidate candidate = DuplicateCandidate.detected(second, first,
                Set.of(DuplicateReason.SAME_NAME_AND_MUNICIPALITY), Set.of(County.KESKI_POHJANMAA), NOW);
        candidates.save(candidate);
        DuplicateCandidate resolved = candidate.resolve(DuplicateCandidate.Decision.NOT_SAME_PERSON, "two people",
                "coordinator.soite", NOW.plusSeconds(60));

        candidates.save(resolved);

        assertThat(candidates.find(DuplicateCandidate.pairId(first, second))).contains(resolved);
        assertThat(candidates.findReviewableIn(County.KESKI_POHJANMAA, Status.OPEN)).isEmpty();
        assertThat(candidates.findReviewableIn(County.KESKI_POHJANMAA, Status.DISMISSED)).containsExactly(resolved);
    }

    private BatchResult sync(String organisationId, List<BatchRecord> records) {
        var actor = organisationId.equals(Actors.NGO_KESKI) ? Actors.ngoKeski() : Actors.ngoIta();
        return service.sync(actor, new MemberBatchCommand(organisationId, SyncMode.UPSERT, false, records));
    }

    private List<Document> allExperts() {
        return database.getCollection(MongoExpertRepository.COLLECTION).find().into(new ArrayList<>());
    }

    private static String letters(int index) {
        return "" + (char) ('a' + index / 26) + (char) ('a' + index % 26);
    }

    private static BatchRecord member(String organisationId, String externalId, ProfileBuilder profile) {
        return new BatchRecord.Readable(new SyncMemberCommand(new MemberReference(organisationId, externalId),
                profile.build(), profile.consentDecisions()));
    }
}
