package fi.kokemus.registry.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.registry.application.port.PageRequest;
import fi.kokemus.registry.application.port.ResultPage;
import fi.kokemus.registry.application.port.out.AuditLog;
import fi.kokemus.registry.domain.AuditEntry;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.ReadPurpose;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

/** The audit log as an insert-only collection, one document per read. */
public class MongoAuditLog implements AuditLog {

    public static final String COLLECTION = "audit_log";

    private final MongoCollection<Document> collection;

    public MongoAuditLog(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending("expertId"), Indexes.descending("at")),
                new IndexOptions().name("by_expert"));
    }

    @Override
    public void record(AuditEntry entry) {
        collection.insertOne(new Document("_id", new ObjectId())
                .append("expertId", entry.expertId().value())
                .append("actorSubject", entry.actorSubject())
                .append("actorUsername", entry.actorUsername().orElse(null))
                .append("role", entry.role().claim())
                .append("at", Date.from(entry.at()))
                .append("purpose", entry.purpose().value()));
    }

    @Override
    public ResultPage<AuditEntry> findByExpert(ExpertId expertId, PageRequest page) {
        Bson filter = eq("expertId", expertId.value());
        List<AuditEntry> entries = collection.find(filter)
                .sort(Sorts.descending("at", "_id"))
                .skip((int) page.offset())
                .limit(page.size())
                .map(MongoAuditLog::toEntry)
                .into(new ArrayList<>());
        return new ResultPage<>(entries, page.page(), page.size(), collection.countDocuments(filter));
    }

    private static AuditEntry toEntry(Document document) {
        return new AuditEntry(new ExpertId(document.getString("expertId")), document.getString("actorSubject"),
                Optional.ofNullable(document.getString("actorUsername")),
                Role.fromClaim(document.getString("role")).orElseThrow(),
                document.getDate("at").toInstant(), new ReadPurpose(document.getString("purpose")));
    }
}
