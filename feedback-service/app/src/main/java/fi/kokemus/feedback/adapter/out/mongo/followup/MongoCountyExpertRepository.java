package fi.kokemus.feedback.adapter.out.mongo.followup;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import fi.kokemus.feedback.application.port.out.followup.CountyExpertRepository;
import fi.kokemus.feedback.domain.followup.CountyExpert;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * One document per expert: the snapshot's time, and unless erased the display name, organisation and
 * counties. An erased expert's document keeps only the id, the time and the {@code erased} flag.
 */
@Repository
public class MongoCountyExpertRepository implements CountyExpertRepository {

    public static final String COLLECTION = "followup_experts";
    private static final Bson NOT_ERASED = ne("erased", true);

    private final MongoCollection<Document> collection;

    public MongoCountyExpertRepository(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
        collection.createIndex(Indexes.ascending("counties"));
    }

    @Override
    public Optional<Instant> lastChange(String expertId) {
        return Optional.ofNullable(collection.find(eq("_id", expertId)).first())
                .map(document -> document.getDate("asOf").toInstant());
    }

    @Override
    public void save(CountyExpert expert, Instant asOf) {
        replace(expert.expertId(), new Document("_id", expert.expertId())
                .append("asOf", Date.from(asOf))
                .append("displayName", expert.displayName())
                .append("organisationId", expert.organisationId())
                .append("homeCounty", expert.homeCounty())
                .append("counties", expert.counties())
                .append("contracts", expert.contracts().stream().map(contract -> new Document("county", contract.county())
                        .append("validFrom", text(contract.validFrom()))
                        .append("validUntil", text(contract.validUntil()))).toList())
                .append("active", expert.active()));
    }

    @Override
    public void erase(String expertId, Instant asOf) {
        replace(expertId, new Document("_id", expertId).append("asOf", Date.from(asOf)).append("erased", true));
    }

    @Override
    public List<CountyExpert> findConnectedWith(String county) {
        return find(and(eq("counties", county), NOT_ERASED));
    }

    @Override
    public List<CountyExpert> findAll(Collection<String> expertIds) {
        return find(and(in("_id", expertIds), NOT_ERASED));
    }

    private List<CountyExpert> find(Bson filter) {
        return collection.find(filter).sort(Sorts.ascending("_id")).map(MongoCountyExpertRepository::expertOf)
                .into(new ArrayList<>());
    }

    private void replace(String expertId, Document document) {
        collection.replaceOne(eq("_id", expertId), document, new ReplaceOptions().upsert(true));
    }

    private static CountyExpert expertOf(Document document) {
        return new CountyExpert(document.getString("_id"), document.getString("displayName"),
                document.getString("organisationId"), document.getString("homeCounty"),
                document.getList("contracts", Document.class).stream()
                        .map(contract -> new CountyExpert.Contract(contract.getString("county"),
                                date(contract.getString("validFrom")), date(contract.getString("validUntil"))))
                        .toList(),
                document.getBoolean("active", false));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
