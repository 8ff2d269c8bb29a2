package fi.kokemus.registry.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import fi.kokemus.registry.application.port.out.TaxonomyTerms;
import fi.kokemus.registry.domain.taxonomy.Labels;
import fi.kokemus.registry.domain.taxonomy.TaxonomyKind;
import fi.kokemus.registry.domain.taxonomy.TaxonomyTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** The taxonomy as one small document per term, keyed {@code KIND:CODE}. */
public class MongoTaxonomyTerms implements TaxonomyTerms {

    public static final String COLLECTION = "taxonomy";

    private final MongoCollection<Document> collection;

    public MongoTaxonomyTerms(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
        collection.createIndex(Indexes.ascending("kind", "code"), new IndexOptions().name("by_kind"));
    }

    @Override
    public List<TaxonomyTerm> findAll(TaxonomyKind kind) {
        return collection.find(eq("kind", kind.name()))
                .sort(Sorts.ascending("code"))
                .map(MongoTaxonomyTerms::toTerm)
                .into(new ArrayList<>());
    }

    @Override
    public Optional<TaxonomyTerm> find(TaxonomyKind kind, String code) {
        return Optional.ofNullable(collection.find(eq("_id", idOf(kind, code))).first()).map(MongoTaxonomyTerms::toTerm);
    }

    @Override
    public void save(TaxonomyTerm term) {
        collection.replaceOne(eq("_id", idOf(term.kind(), term.code())), toDocument(term),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public boolean addIfMissing(TaxonomyTerm term) {
        try {
            collection.insertOne(toDocument(term));
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private static String idOf(TaxonomyKind kind, String code) {
        return kind.name() + ":" + code;
    }

    private static Document toDocument(TaxonomyTerm term) {
        Labels labels = term.labels();
        return new Document("_id", idOf(term.kind(), term.code()))
                .append("kind", term.kind().name())
                .append("code", term.code())
                .append("labels", new Document("fi", labels.fi()).append("sv", labels.sv()).append("en", labels.en()))
                .append("retired", term.retired());
    }

    private static TaxonomyTerm toTerm(Document document) {
        Document labels = document.get("labels", Document.class);
        return new TaxonomyTerm(TaxonomyKind.valueOf(document.getString("kind")), document.getString("code"),
                new Labels(labels.getString("fi"), labels.getString("sv"), labels.getString("en")),
                document.getBoolean("retired"));
    }
}
