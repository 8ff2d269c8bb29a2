package fi.kokemus.platform.outbox;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Stores one aggregate as one document: the new state, a version check and the events the change
 * emits go in a single atomic write, because neither the wire server nor a standalone mongod
 * offers multi-document transactions. {@link OutboxRelay} later publishes and removes the events.
 */
public class MongoAggregateStore {

    public static final String VERSION = "version";
    public static final String OUTBOX = "outbox";
    /**
     * Holds the document's own id while its outbox holds events, so the field can carry a unique
     * sparse index: the wire server answers only from unique indexes, and the relay polls often.
     */
    public static final String OUTBOX_PENDING = "pendingOutbox";

    private final MongoCollection<Document> collection;

    public MongoAggregateStore(MongoCollection<Document> collection) {
        this.collection = collection;
        collection.createIndex(Indexes.ascending(OUTBOX_PENDING),
                new IndexOptions().unique(true).sparse(true).name("pending_outbox"));
        // Redundant for MongoDB's _id index, but the wire server scans for anything not exactly a unique index's keys.
        collection.createIndex(Indexes.ascending("_id", VERSION), new IndexOptions().unique(true).name("version_check"));
    }

    /** The filter of a version check, as a plain document so the wire server answers it from {@code version_check}. */
    static Document atVersion(Object id, long version) {
        return new Document("_id", id).append(VERSION, version);
    }

    public MongoCollection<Document> collection() {
        return collection;
    }

    public Optional<Document> find(Object id) {
        return Optional.ofNullable(collection.find(eq("_id", id)).first());
    }

    /**
     * Inserts a new aggregate at version 1; a second insert with the same id is a conflict. Fields
     * given as {@code null} are left out, as {@link #update} removes them, so a document never
     * holds a stored null that a sparse unique index would count.
     */
    public void insert(Document state, List<OutboxMessage> events) {
        try {
            collection.insertOne(wholeDocument(state.get("_id"), state, 1L, events));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new DuplicateAggregateException(state.get("_id"));
            }
            throw e;
        }
    }

    /**
     * Replaces the aggregate's fields if it is still at {@code expectedVersion} and appends the
     * emitted events to its outbox, all in one update. A field given as {@code null} is removed,
     * so sparse unique indexes do not see it.
     */
    public void update(Object id, long expectedVersion, Document state, List<OutboxMessage> events) {
        List<Bson> updates = stateUpdates(expectedVersion, state);
        if (!events.isEmpty()) {
            updates.add(Updates.pushEach(OUTBOX, toBson(events)));
            updates.add(Updates.set(OUTBOX_PENDING, pendingMark(id)));
        }
        apply(id, expectedVersion, updates);
    }

    /**
     * Replaces the whole document if it is still at {@code expectedVersion}: fields not in
     * {@code state} are gone, also those other adapters wrote, and the outbox holds only
     * {@code events}, so events not yet published are discarded in the same write. For an
     * erasure, whose earlier events would still carry the personal data being erased.
     */
    public void replaceDiscardingUnpublished(Object id, long expectedVersion, Document state,
            List<OutboxMessage> events) {
        var result = collection.replaceOne(atVersion(id, expectedVersion),
                wholeDocument(id, state, expectedVersion + 1, events));
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentUpdateException(id);
        }
    }

    /** The state without its null fields, at {@code version}, with {@code events} as the outbox. */
    private static Document wholeDocument(Object id, Document state, long version, List<OutboxMessage> events) {
        Document document = new Document("_id", id);
        state.forEach((field, value) -> {
            if (value != null) {
                document.append(field, value);
            }
        });
        document.append(VERSION, version).append(OUTBOX, toBson(events));
        if (!events.isEmpty()) {
            document.append(OUTBOX_PENDING, pendingMark(id));
        }
        return document;
    }

    private static List<Bson> stateUpdates(long expectedVersion, Document state) {
        List<Bson> updates = new ArrayList<>();
        state.forEach((field, value) -> {
            if (!"_id".equals(field) && !VERSION.equals(field) && !OUTBOX.equals(field) && !OUTBOX_PENDING.equals(field)) {
                updates.add(value == null ? Updates.unset(field) : Updates.set(field, value));
            }
        });
        updates.add(Updates.set(VERSION, expectedVersion + 1));
        return updates;
    }

    private void apply(Object id, long expectedVersion, List<Bson> updates) {
        var result = collection.updateOne(atVersion(id, expectedVersion), Updates.combine(updates));
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentUpdateException(id);
        }
    }

    private static String pendingMark(Object id) {
        return String.valueOf(id);
    }

    static List<Document> toBson(List<OutboxMessage> events) {
        return events.stream()
                .map(event -> new Document("eventId", event.eventId())
                        .append("topic", event.topic())
                        .append("key", event.key())
                        .append("payload", event.payload()))
                .toList();
    }

    static OutboxMessage fromBson(Document document) {
        return new OutboxMessage(document.getString("eventId"), document.getString("topic"),
                document.getString("key"), document.getString("payload"));
    }
}
