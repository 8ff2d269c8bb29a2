package fi.kokemus.feedback.adapter.out.mongo.followup;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import fi.kokemus.feedback.application.port.out.followup.CountyExpertRepository;
import fi.kokemus.feedback.domain.followup.CountyExpert;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * One document per expert: the snapshot's time, the display name, organisation and counties. An erased
 * expert's document is replaced by a marker under a hash of the id with only the time and the {@code erased} flag.
 */
@Repository
public class MongoCountyExpertRepository implements CountyExpertRepository {

    public static final String COLLECTION = "followup_experts";

    private final MongoCollection<Document> collection;

    public MongoCountyExpertRepository(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
        collection.createIndex(Indexes.ascending("counties"));
    }

    @Override
    public Optional<Instant> lastChange(String expertId) {
        return collection.find(in("_id", expertId, erasureMarker(expertId)))
                .map(document -> document.getDate("asOf").toInstant())
                .into(new ArrayList<>()).stream().max(Comparator.naturalOrder());
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
        collection.deleteOne(eq("_id", expertId));
        String marker = erasureMarker(expertId);
        replace(marker, new Document("_id", marker).append("asOf", Date.from(asOf)).append("erased", true));
    }

    /** An erased expert is remembered under a one-way hash of the id, so an older snapshot arriving late is ignored. */
    private static String erasureMarker(String expertId) {
        try {
            return "erased-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(expertId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    @Override
    public List<CountyExpert> findConnectedWith(String county) {
        return find(eq("counties", county));
    }

    @Override
    public List<CountyExpert> findAll(Collection<String> expertIds) {
        return find(in("_id", expertIds));
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
