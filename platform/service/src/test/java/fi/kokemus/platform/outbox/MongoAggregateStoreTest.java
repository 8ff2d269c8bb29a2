package fi.kokemus.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fi.kokemus.platform.problem.DomainProblem;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MongoAggregateStoreTest {

    private static MongoServer server;
    private static MongoClient client;
    private MongoAggregateStore store;

    @BeforeAll
    static void startWireServer() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
    }

    @AfterAll
    static void stopWireServer() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void freshCollection() {
        var collection = client.getDatabase("store-test").getCollection("things");
        collection.drop();
        store = new MongoAggregateStore(collection);
    }

    @Test
    void insertStoresStateVersionOneAndTheEventsInOneDocument() {
        store.insert(new Document("_id", "a").append("name", "first"), List.of(message("e1")));

        Document stored = store.find("a").orElseThrow();
        assertThat(stored.getString("name")).isEqualTo("first");
        assertThat(stored.getLong(MongoAggregateStore.VERSION)).isEqualTo(1L);
        assertThat(stored.getList(MongoAggregateStore.OUTBOX, Document.class))
                .extracting(d -> d.getString("eventId")).containsExactly("e1");
    }

    @Test
    void aChangeWithoutEventsIsNotMarkedForTheRelay() {
        store.insert(new Document("_id", "a"), List.of());

        assertThat(store.find("a").orElseThrow()).doesNotContainKey(MongoAggregateStore.OUTBOX_PENDING);
    }

    @Test
    void severalAggregatesWaitForTheRelayAtOnceEachMarkedWithItsOwnId() {
        store.insert(new Document("_id", "a"), List.of(message("e1")));
        store.insert(new Document("_id", "b"), List.of());
        store.update("b", 1L, new Document("_id", "b"), List.of(message("e2")));

        assertThat(store.find("a").orElseThrow().getString(MongoAggregateStore.OUTBOX_PENDING)).isEqualTo("a");
        assertThat(store.find("b").orElseThrow().getString(MongoAggregateStore.OUTBOX_PENDING)).isEqualTo("b");
    }

    @Test
    void aSecondInsertOfTheSameIdIsAConflict() {
        store.insert(new Document("_id", "a"), List.of());

        assertThatThrownBy(() -> store.insert(new Document("_id", "a"), List.of()))
                .isInstanceOfSatisfying(DuplicateAggregateException.class,
                        problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT));
    }

    @Test
    void updateAppendsEventsBehindThoseNotYetRelayed() {
        store.insert(new Document("_id", "a").append("name", "first"), List.of(message("e1")));

        store.update("a", 1L, new Document("_id", "a").append("name", "second"), List.of(message("e2")));

        Document stored = store.find("a").orElseThrow();
        assertThat(stored.getString("name")).isEqualTo("second");
        assertThat(stored.getLong(MongoAggregateStore.VERSION)).isEqualTo(2L);
        assertThat(stored.getList(MongoAggregateStore.OUTBOX, Document.class))
                .extracting(d -> d.getString("eventId")).containsExactly("e1", "e2");
        assertThat(stored.getString(MongoAggregateStore.OUTBOX_PENDING)).isEqualTo("a");
    }

    @Test
    void aReplacementDiscardingUnpublishedEventsLeavesOnlyItsOwnInTheOutboxAndOnlyItsOwnFields() {
        store.insert(new Document("_id", "a").append("name", "first").append("other", "x"), List.of(message("e1")));

        store.replaceDiscardingUnpublished("a", 1L, new Document("_id", "a").append("name", null),
                List.of(message("e2")));

        Document stored = store.find("a").orElseThrow();
        assertThat(stored).doesNotContainKey("name");
        assertThat(stored).doesNotContainKey("other");
        assertThat(stored.getLong(MongoAggregateStore.VERSION)).isEqualTo(2L);
        assertThat(stored.getList(MongoAggregateStore.OUTBOX, Document.class))
                .extracting(d -> d.getString("eventId")).containsExactly("e2");
        assertThat(stored.getString(MongoAggregateStore.OUTBOX_PENDING)).isEqualTo("a");
        assertThatThrownBy(() -> store.replaceDiscardingUnpublished("a", 1L, new Document("_id", "a"), List.of()))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void aFieldGivenAsNullIsNotStoredOnInsert() {
        store.insert(new Document("_id", "a").append("nickname", null), List.of());

        assertThat(store.find("a").orElseThrow()).doesNotContainKey("nickname");
    }

    @Test
    void aFieldGivenAsNullIsRemoved() {
        store.insert(new Document("_id", "a").append("name", "first").append("nickname", "x"), List.of());

        store.update("a", 1L, new Document("name", "first").append("nickname", null), List.of());

        assertThat(store.find("a").orElseThrow()).doesNotContainKey("nickname");
    }

    @Test
    void anUpdateFromAStaleVersionChangesNothing() {
        store.insert(new Document("_id", "a").append("name", "first"), List.of());
        store.update("a", 1L, new Document("name", "second"), List.of());

        assertThatThrownBy(() -> store.update("a", 1L, new Document("name", "stale"), List.of(message("e3"))))
                .isInstanceOf(ConcurrentUpdateException.class);

        Document stored = store.find("a").orElseThrow();
        assertThat(stored.getString("name")).isEqualTo("second");
        assertThat(stored.getList(MongoAggregateStore.OUTBOX, Document.class)).isEmpty();
    }

    private static OutboxMessage message(String id) {
        return new OutboxMessage(id, "test.things.v1", "a", "{\"id\":\"" + id + "\"}");
    }
}
