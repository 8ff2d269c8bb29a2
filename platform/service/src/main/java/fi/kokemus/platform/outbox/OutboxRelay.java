package fi.kokemus.platform.outbox;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes outbox events to Kafka and removes each one only after the broker acknowledged it.
 * A crash between the two publishes the event again: delivery is at-least-once and consumers
 * deduplicate by event id.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long SEND_TIMEOUT_SECONDS = 10;

    private final MongoDatabase database;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;

    public OutboxRelay(MongoDatabase database, KafkaTemplate<String, String> kafka, OutboxProperties properties) {
        this.database = database;
        this.kafka = kafka;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${kokemus.outbox.poll-interval:200ms}")
    public void relayPending() {
        properties.collections().forEach(this::relay);
    }

    /** @return how many events were published */
    public int relay(String collectionName) {
        var collection = database.getCollection(collectionName);
        int published = 0;
        // Any string matches: a pattern is the one non-equality filter the wire server answers from a unique index.
        for (Document document : collection.find(regex(MongoAggregateStore.OUTBOX_PENDING, "")).limit(properties.batchSize())) {
            List<Document> outbox = document.getList(MongoAggregateStore.OUTBOX, Document.class, List.of());
            List<String> sent = new ArrayList<>();
            for (Document pending : outbox) {
                OutboxMessage event = MongoAggregateStore.fromBson(pending);
                if (!publish(event)) {
                    break;
                }
                sent.add(event.eventId());
            }
            published += sent.size();
            removeSent(collection, document, sent, sent.size() == outbox.size());
            if (sent.size() < outbox.size()) {
                return published;
            }
        }
        return published;
    }

    /**
     * One write for the document: its sent events leave the outbox, and once all are sent the mark goes too,
     * but only if the aggregate did not change meanwhile (every change that adds events raises its version).
     */
    private static void removeSent(MongoCollection<Document> collection, Document document, List<String> sent,
            boolean allSent) {
        Object id = document.get("_id");
        Bson pull = Updates.pull(MongoAggregateStore.OUTBOX, new Document("eventId", new Document("$in", sent)));
        if (allSent && collection.updateOne(MongoAggregateStore.atVersion(id, document.getLong(MongoAggregateStore.VERSION)),
                Updates.combine(pull, Updates.unset(MongoAggregateStore.OUTBOX_PENDING))).getMatchedCount() > 0) {
            return;
        }
        if (!sent.isEmpty()) {
            collection.updateOne(eq("_id", id), pull);
        }
    }

    private boolean publish(OutboxMessage event) {
        try {
            kafka.send(event.topic(), event.key(), event.payload()).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            log.warn("Could not publish event {} to {}; will retry", event.eventId(), event.topic(), e);
            return false;
        }
    }
}
