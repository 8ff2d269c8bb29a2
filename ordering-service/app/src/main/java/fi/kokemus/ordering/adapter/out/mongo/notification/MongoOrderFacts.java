package fi.kokemus.ordering.adapter.out.mongo.notification;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import fi.kokemus.ordering.contract.SessionTime;
import fi.kokemus.ordering.notification.OrderFacts;
import fi.kokemus.ordering.notification.OrderFactsStore;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** The orders notifications know, one document per order in {@value #COLLECTION}. */
public class MongoOrderFacts implements OrderFactsStore {

    public static final String COLLECTION = "notification_orders";

    private final MongoCollection<Document> collection;

    public MongoOrderFacts(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    @Override
    public void add(OrderFacts order) {
        MongoWrites.insertUnlessPresent(collection, new Document("_id", order.orderId())
                .append("county", order.county())
                .append("orderedBy", order.orderedBy())
                .append("taskType", order.taskType())
                .append("remote", order.remote())
                .append("sessions", order.sessions().stream().map(session -> new Document("sessionId", session.sessionId())
                        .append("startsAt", Date.from(session.startsAt()))
                        .append("durationMinutes", session.durationMinutes())).toList()));
    }

    @Override
    public Optional<OrderFacts> find(String orderId) {
        return Optional.ofNullable(collection.find(eq("_id", orderId)).first()).map(document -> new OrderFacts(
                document.getString("_id"), document.getString("county"), document.getString("orderedBy"),
                document.getString("taskType"), document.getBoolean("remote"),
                document.getList("sessions", Document.class).stream().map(session -> new SessionTime(
                        session.getString("sessionId"), session.getDate("startsAt").toInstant(),
                        session.getInteger("durationMinutes"))).toList()));
    }

    @Override
    public void reschedule(String orderId, String sessionId, Instant startsAt, int durationMinutes) {
        collection.updateOne(and(eq("_id", orderId), eq("sessions.sessionId", sessionId)),
                combine(set("sessions.$.startsAt", Date.from(startsAt)), set("sessions.$.durationMinutes", durationMinutes)));
    }
}
