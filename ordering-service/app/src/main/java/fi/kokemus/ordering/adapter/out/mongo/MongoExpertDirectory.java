package fi.kokemus.ordering.adapter.out.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import fi.kokemus.ordering.application.port.out.ExpertDirectory;
import fi.kokemus.ordering.domain.Expert;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * The registry's experts as ordering knows them, one document per expert in {@value #COLLECTION}.
 * Every write is one conditional upsert: it replaces the document only if the stored knowledge is
 * not newer than the event, so redelivered and out-of-order events change nothing.
 */
@Component
public class MongoExpertDirectory implements ExpertDirectory {

    public static final String COLLECTION = "experts";

    private final MongoCollection<Document> collection;

    public MongoExpertDirectory(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
        collection.createIndex(Indexes.ascending(ExpertDocuments.CONTRACTS + ".county"));
    }

    @Override
    public Optional<Expert> find(String expertId) {
        return Optional.ofNullable(collection.find(eq("_id", expertId)).first()).flatMap(ExpertDocuments::toExpert);
    }

    @Override
    public List<Expert> search(String county, String role, String taskType, String language, String topic) {
        List<Bson> filters = new ArrayList<>(List.of(eq(ExpertDocuments.ACTIVE, true),
                eq(ExpertDocuments.CONTRACTS + ".county", county), eq("roles", role), eq("taskTypes", taskType),
                eq("languages", language)));
        if (topic != null) {
            filters.add(eq("topics", topic));
        }
        return collection.find(and(filters)).sort(Sorts.ascending("_id"))
                .map(ExpertDocuments::toExpert).into(new ArrayList<>()).stream().flatMap(Optional::stream).toList();
    }

    @Override
    public void record(Expert expert, Instant asOf) {
        replaceUnlessNewer(expert.expertId(), ExpertDocuments.toDocument(expert, asOf), asOf);
    }

    @Override
    public void erase(String expertId, Instant asOf) {
        replaceUnlessNewer(expertId, ExpertDocuments.tombstone(expertId, asOf), asOf);
    }

    private void replaceUnlessNewer(String expertId, Document replacement, Instant asOf) {
        try {
            collection.replaceOne(and(eq("_id", expertId), lte(ExpertDocuments.EVENT_TIME, Date.from(asOf))),
                    replacement, new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            // The filter missed because the stored document is newer, so the upsert hit the existing id.
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
