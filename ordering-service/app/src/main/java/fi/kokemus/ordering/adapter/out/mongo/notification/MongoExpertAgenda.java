package fi.kokemus.ordering.adapter.out.mongo.notification;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import fi.kokemus.ordering.notification.AgendaEntry;
import fi.kokemus.ordering.notification.AgendaSelection;
import fi.kokemus.ordering.notification.AgendaStatus;
import fi.kokemus.ordering.notification.ExpertAgenda;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The agenda in {@value #COLLECTION}, one document per expert's session ({@code _id} assignment
 * and session id). Each document lists the events applied to it, and every update skips documents
 * that already list its event, so a redelivered event changes nothing (not even the sequence).
 */
public class MongoExpertAgenda implements ExpertAgenda {

    public static final String COLLECTION = "expert_agenda";
    private static final String APPLIED_EVENTS = "appliedEvents";

    private final MongoCollection<Document> collection;

    public MongoExpertAgenda(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
        collection.createIndex(Indexes.ascending("expertUsername"));
        collection.createIndex(Indexes.ascending("county", "startsAt"));
    }

    @Override
    public void add(String eventId, List<AgendaEntry> entries) {
        for (AgendaEntry entry : entries) {
            MongoWrites.insertUnlessPresent(collection, toDocument(entry).append(APPLIED_EVENTS, List.of(eventId)));
        }
    }

    @Override
    public void mark(String eventId, AgendaSelection selection, AgendaStatus status) {
        List<Bson> filters = new ArrayList<>(List.of(eq("orderId", selection.orderId()), notYetApplied(eventId),
                in("status", status.reachableFrom().stream().map(Enum::name).toList())));
        if (!selection.assignmentIds().isEmpty()) {
            filters.add(in("assignmentId", selection.assignmentIds()));
        }
        if (!selection.sessionIds().isEmpty()) {
            filters.add(in("sessionId", selection.sessionIds()));
        }
        List<Bson> updates = new ArrayList<>(List.of(set("status", status.name()), push(APPLIED_EVENTS, eventId)));
        if (status == AgendaStatus.ACCEPTED) {
            updates.add(set("everAccepted", true));
        }
        collection.updateMany(and(filters), combine(updates));
    }

    @Override
    public void reschedule(String eventId, String orderId, String sessionId, Instant startsAt, int durationMinutes) {
        collection.updateMany(and(eq("orderId", orderId), eq("sessionId", sessionId), notYetApplied(eventId)),
                combine(set("startsAt", Date.from(startsAt)), set("durationMinutes", durationMinutes),
                        inc("sequence", 1), push(APPLIED_EVENTS, eventId)));
    }

    @Override
    public List<AgendaEntry> of(String expertUsername) {
        return collection.find(eq("expertUsername", expertUsername)).map(MongoExpertAgenda::toEntry)
                .into(new ArrayList<>());
    }

    @Override
    public List<AgendaEntry> awaitingReport(String county, Instant from, Instant to) {
        List<String> awaiting = Stream.of(AgendaStatus.values()).filter(AgendaStatus::awaitsReport).map(Enum::name).toList();
        return collection.find(and(eq("county", county), in("status", awaiting),
                        gte("startsAt", Date.from(from)), lt("startsAt", Date.from(to))))
                .map(MongoExpertAgenda::toEntry).into(new ArrayList<>());
    }

    private static Bson notYetApplied(String eventId) {
        return ne(APPLIED_EVENTS, eventId);
    }

    private static Document toDocument(AgendaEntry entry) {
        return new Document("_id", entry.assignmentId() + "/" + entry.sessionId())
                .append("assignmentId", entry.assignmentId())
                .append("sessionId", entry.sessionId())
                .append("expertUsername", entry.expertUsername())
                .append("orderId", entry.orderId())
                .append("county", entry.county())
                .append("taskType", entry.taskType())
                .append("remote", entry.remote())
                .append("startsAt", Date.from(entry.startsAt()))
                .append("durationMinutes", entry.durationMinutes())
                .append("status", entry.status().name())
                .append("everAccepted", entry.everAccepted())
                .append("sequence", entry.sequence());
    }

    private static AgendaEntry toEntry(Document document) {
        return new AgendaEntry(document.getString("assignmentId"), document.getString("sessionId"),
                document.getString("expertUsername"), document.getString("orderId"), document.getString("county"),
                document.getString("taskType"), document.getBoolean("remote"), document.getDate("startsAt").toInstant(),
                document.getInteger("durationMinutes"), AgendaStatus.valueOf(document.getString("status")),
                document.getBoolean("everAccepted"), document.getInteger("sequence"));
    }
}
