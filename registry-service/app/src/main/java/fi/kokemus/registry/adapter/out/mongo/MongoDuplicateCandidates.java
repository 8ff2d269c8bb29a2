package fi.kokemus.registry.adapter.out.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import fi.kokemus.registry.application.port.out.DuplicateCandidates;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DuplicateCandidate;
import fi.kokemus.registry.domain.DuplicateReason;
import fi.kokemus.registry.domain.ExpertId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bson.Document;

/** Possible duplicates, one document per pair under the pair id. */
public class MongoDuplicateCandidates implements DuplicateCandidates {

    public static final String COLLECTION = "duplicate_candidates";

    private final MongoCollection<Document> collection;

    public MongoDuplicateCandidates(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
        collection.createIndex(Indexes.ascending("counties", "status", "detectedAt"),
                new IndexOptions().name("by_county"));
    }

    @Override
    public Optional<DuplicateCandidate> find(String id) {
        return Optional.ofNullable(collection.find(eq("_id", id)).first()).map(MongoDuplicateCandidates::toCandidate);
    }

    @Override
    public void save(DuplicateCandidate candidate) {
        collection.replaceOne(eq("_id", candidate.id()), toDocument(candidate), new ReplaceOptions().upsert(true));
    }

    @Override
    public List<DuplicateCandidate> findReviewableIn(County county, DuplicateCandidate.Status status) {
        return collection.find(and(eq("counties", county.code()), eq("status", status.name())))
                .sort(Sorts.ascending("detectedAt", "_id"))
                .map(MongoDuplicateCandidates::toCandidate)
                .into(new ArrayList<>());
    }

    private static Document toDocument(DuplicateCandidate candidate) {
        return new Document("_id", candidate.id())
                .append("first", candidate.first().value())
                .append("second", candidate.second().value())
                .append("reasons", candidate.reasons().stream().map(Enum::name).sorted().toList())
                .append("counties", candidate.counties().stream().map(County::code).sorted().toList())
                .append("status", candidate.status().name())
                .append("detectedAt", Date.from(candidate.detectedAt()))
                .append("resolution", candidate.resolution().map(MongoDuplicateCandidates::toDocument).orElse(null));
    }

    private static Document toDocument(DuplicateCandidate.Resolution resolution) {
        return new Document("decision", resolution.decision().name())
                .append("note", resolution.note())
                .append("resolvedBy", resolution.resolvedBy())
                .append("at", Date.from(resolution.at()))
                .append("kept", resolution.kept().map(ExpertId::value).orElse(null));
    }

    private static DuplicateCandidate toCandidate(Document document) {
        return new DuplicateCandidate(document.getString("_id"),
                new ExpertId(document.getString("first")), new ExpertId(document.getString("second")),
                document.getList("reasons", String.class).stream().map(DuplicateReason::valueOf)
                        .collect(Collectors.toSet()),
                document.getList("counties", String.class).stream().map(code -> County.of(code, "counties"))
                        .collect(Collectors.toSet()),
                DuplicateCandidate.Status.valueOf(document.getString("status")),
                document.getDate("detectedAt").toInstant(),
                Optional.ofNullable(document.get("resolution", Document.class)).map(resolution ->
                        new DuplicateCandidate.Resolution(
                                DuplicateCandidate.Decision.valueOf(resolution.getString("decision")),
                                resolution.getString("note"), resolution.getString("resolvedBy"),
                                resolution.getDate("at").toInstant(),
                                Optional.ofNullable(resolution.getString("kept")).map(ExpertId::new))));
    }
}
