package fi.kokemus.registry.adapter.out.mongo;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.MongoAggregateStore;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.contract.RegistryEvents;
import fi.kokemus.registry.domain.Consents;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.testing.ExpertRepositoryContract;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MongoExpertRepositoryTest extends ExpertRepositoryContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MongoDatabase database;
    private MongoExpertRepository repository;

    @BeforeEach
    void freshDatabase() {
        database = MongoTestDatabase.fresh();
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC);
        repository = new MongoExpertRepository(database, new EventWriter("registry-service", JSON, clock), clock);
    }

    @Override
    protected ExpertRepository repository() {
        return repository;
    }

    @Test
    void registeringWritesTheStateAndOneRegisteredEventInTheSameDocument() {
        Expert expert = registered("o-1", aProfile().build());

        repository.save(expert);

        List<JsonNode> outbox = outboxOf(expert);
        assertThat(outbox).hasSize(1);
        JsonNode envelope = outbox.get(0);
        assertThat(envelope.get("type").asString()).isEqualTo(RegistryEvents.EXPERT_REGISTERED.type());
        assertThat(envelope.get("subject").asString()).isEqualTo(expert.id().value());
        assertThat(envelope.get("county").asString()).isEqualTo("keski-pohjanmaa");
        JsonNode data = envelope.get("data");
        assertThat(data.get("displayName").asString()).isEqualTo("Aino T.");
        assertThat(data.get("username").asString()).isEqualTo("expert.soite");
        assertThat(data.get("topics").get(0).asString()).isEqualTo("MENTAL_HEALTH");
        assertThat(envelope.toString()).doesNotContain("example.org", "+358", "Testinen", "registry-v1");
    }

    @Test
    void onlyChangesOfThePublicProfileAddEventsToTheOutbox() {
        Expert expert = registered("o-2", aProfile().build());
        repository.save(expert);

        Expert privateChange = repository.findById(expert.id()).orElseThrow();
        privateChange.sync(aProfile().contact("aino.uusi@example.org", null).build(), Consents.none());
        repository.save(privateChange);
        Expert publicChange = repository.findById(expert.id()).orElseThrow();
        publicChange.sync(aProfile().contact("aino.uusi@example.org", null).languages("fi", "sv").build(), Consents.none());
        repository.save(publicChange);

        assertThat(outboxOf(expert)).extracting(envelope -> envelope.get("type").asString())
                .containsExactly(RegistryEvents.EXPERT_REGISTERED.type(), RegistryEvents.PUBLIC_PROFILE_CHANGED.type());
        assertThat(outboxOf(expert).get(1).get("data").get("languages").toString()).isEqualTo("[\"fi\",\"sv\"]");
    }

    @Test
    void anExpertWithoutAnAccountHasNoUsernameFieldSoTheSparseIndexSkipsIt() {
        Expert expert = registered("o-3", aProfile().username(null).build());

        repository.save(expert);

        assertThat(document(expert)).doesNotContainKey(ExpertDocuments.USERNAME);
    }

    @Test
    void anAccountUnlinkedLaterLeavesNoUsernameField() {
        Expert expert = registered("o-4", aProfile().build());
        repository.save(expert);
        Expert unlinked = repository.findById(expert.id()).orElseThrow();
        unlinked.sync(aProfile().username(null).build(), Consents.none());

        repository.save(unlinked);

        assertThat(document(expert)).doesNotContainKey(ExpertDocuments.USERNAME);
        assertThat(repository.findById(expert.id()).orElseThrow().profile().username()).isEmpty();
    }

    @Test
    void anErasedExpertsDocumentKeepsNoPersonalData() {
        Expert expert = registered("o-5", aProfile().build());
        repository.save(expert);
        database.getCollection(MongoExpertRepository.COLLECTION).updateOne(new Document("_id", expert.id().value()),
                new Document("$set", new Document("workload", new Document("recentCount", 2))));
        Expert loaded = repository.findById(expert.id()).orElseThrow();

        loaded.erase();
        repository.save(loaded);

        Document tombstone = document(expert);
        assertThat(tombstone.keySet()).containsExactlyInAnyOrder("_id", MongoAggregateStore.VERSION,
                MongoAggregateStore.OUTBOX, MongoAggregateStore.OUTBOX_PENDING, ExpertDocuments.ERASED_AT,
                ExpertDocuments.ERASED_MEMBER);
        String withoutOutbox = new Document(tombstone).append(MongoAggregateStore.OUTBOX, null).toJson();
        assertThat(withoutOutbox).doesNotContain("Aino", "Testinen", "example.org", "expert.soite", "o-5");
        // The registration, not yet relayed, carried the public profile: only the erasure is left to publish.
        assertThat(outboxOf(expert)).extracting(envelope -> envelope.get("type").asString())
                .containsExactly(RegistryEvents.EXPERT_ERASED.type());
        assertThat(tombstone.toJson()).doesNotContain("Aino", "example.org", "expert.soite");
    }

    @Test
    void aRetiredRecordLeavesOnlyItsMemberReferenceAndAnnouncesItsProfileAsNoLongerActive() {
        Expert kept = registered("r-1", aProfile().username(null).build());
        Expert retiring = registered("r-2", aProfile().build());
        List.of(kept, retiring).forEach(repository::save);
        Expert retired = repository.findById(retiring.id()).orElseThrow();

        retired.retireInto(kept.id());
        repository.save(retired);

        Document tombstone = document(retiring);
        assertThat(tombstone.keySet()).containsOnly("_id", ExpertDocuments.ORGANISATION_ID,
                ExpertDocuments.EXTERNAL_ID, ExpertDocuments.MERGED_INTO, ExpertDocuments.MERGED_AT,
                MongoAggregateStore.VERSION, MongoAggregateStore.OUTBOX, MongoAggregateStore.OUTBOX_PENDING);
        assertThat(tombstone.getString(ExpertDocuments.MERGED_INTO)).isEqualTo(kept.id().value());
        assertThat(outboxOf(retiring)).singleElement().satisfies(envelope -> {
            assertThat(envelope.get("type").asString()).isEqualTo(RegistryEvents.PUBLIC_PROFILE_CHANGED.type());
            assertThat(envelope.get("data").get("active").asBoolean()).isFalse();
        });
        assertThat(database.getCollection(MongoPersonKeys.COLLECTION)
                .countDocuments(new Document("expertIds", retiring.id().value()))).isZero();
    }

    private List<JsonNode> outboxOf(Expert expert) {
        return document(expert).getList(MongoAggregateStore.OUTBOX, Document.class).stream()
                .map(message -> JSON.readTree(message.getString("payload")))
                .toList();
    }

    private Document document(Expert expert) {
        return database.getCollection(MongoExpertRepository.COLLECTION)
                .find(new Document("_id", expert.id().value())).first();
    }
}
