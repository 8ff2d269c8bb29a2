package fi.kokemus.registry.adapter.out.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.size;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.Sorts;
import fi.kokemus.registry.application.port.out.ContactDisclosure;
import fi.kokemus.registry.application.port.out.ContactDisclosures;
import fi.kokemus.registry.domain.ExpertId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.bson.Document;

/** One document per expert and unit, keyed by both, listing the accepted assignments behind it. */
public class MongoContactDisclosures implements ContactDisclosures {

    public static final String COLLECTION = "contact_disclosures";

    private final MongoCollection<Document> collection;

    public MongoContactDisclosures(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    @Override
    public void discloseTo(ExpertId expertId, String unitId, String assignmentId) {
        collection.updateOne(eq("_id", key(expertId, unitId)),
                Updates.combine(Updates.set("expertId", expertId.value()), Updates.set("unitId", unitId),
                        Updates.addToSet("assignmentIds", assignmentId)),
                new UpdateOptions().upsert(true));
    }

    @Override
    public void withdraw(ExpertId expertId, String assignmentId) {
        collection.updateMany(and(eq("expertId", expertId.value()), eq("assignmentIds", assignmentId)),
                Updates.pull("assignmentIds", assignmentId));
        collection.deleteMany(and(eq("expertId", expertId.value()), size("assignmentIds", 0)));
    }

    @Override
    public boolean isDisclosedTo(ExpertId expertId, String unitId) {
        return collection.countDocuments(eq("_id", key(expertId, unitId))) > 0;
    }

    @Override
    public List<ContactDisclosure> findByExpert(ExpertId expertId) {
        return collection.find(eq("expertId", expertId.value())).sort(Sorts.ascending("unitId"))
                .map(document -> new ContactDisclosure(document.getString("unitId"),
                        new HashSet<>(document.getList("assignmentIds", String.class, List.of()))))
                .into(new ArrayList<>());
    }

    @Override
    public void forget(ExpertId expertId) {
        collection.deleteMany(eq("expertId", expertId.value()));
    }

    private static String key(ExpertId expertId, String unitId) {
        return expertId.value() + "/" + unitId;
    }
}
