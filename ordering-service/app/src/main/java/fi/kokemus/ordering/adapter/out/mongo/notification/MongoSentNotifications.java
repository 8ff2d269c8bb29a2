package fi.kokemus.ordering.adapter.out.mongo.notification;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import fi.kokemus.ordering.notification.SentNotifications;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/** One document per delivery in {@value #COLLECTION}, keyed by the delivery key. */
public class MongoSentNotifications implements SentNotifications {

    public static final String COLLECTION = "sent_notifications";

    private final MongoCollection<Document> collection;

    public MongoSentNotifications(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    @Override
    public boolean contains(String deliveryKey) {
        return collection.find(eq("_id", deliveryKey)).first() != null;
    }

    @Override
    public void record(String deliveryKey, Delivery delivery, Instant at) {
        MongoWrites.insertUnlessPresent(collection,
                new Document("_id", deliveryKey).append("delivery", delivery.name()).append("at", Date.from(at)));
    }
}
