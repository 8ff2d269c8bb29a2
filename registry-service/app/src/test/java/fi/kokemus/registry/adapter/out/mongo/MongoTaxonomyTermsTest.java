package fi.kokemus.registry.adapter.out.mongo;

import static fi.kokemus.registry.testing.Terms.term;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.registry.application.port.out.TaxonomyTerms;
import fi.kokemus.registry.domain.taxonomy.TaxonomyKind;
import fi.kokemus.registry.testing.TaxonomyTermsContract;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MongoTaxonomyTermsTest extends TaxonomyTermsContract {

    private MongoDatabase database;
    private MongoTaxonomyTerms terms;

    @BeforeEach
    void freshDatabase() {
        database = MongoTestDatabase.fresh();
        terms = new MongoTaxonomyTerms(database);
    }

    @Override
    protected TaxonomyTerms terms() {
        return terms;
    }

    @Test
    void keepsOneDocumentPerTermKeyedByKindAndCode() {
        terms.save(term(TaxonomyKind.LIFE_SITUATION, "DEBT"));
        terms.save(term(TaxonomyKind.LIFE_SITUATION, "DEBT"));

        Document stored = database.getCollection(MongoTaxonomyTerms.COLLECTION).find().first();

        assertThat(database.getCollection(MongoTaxonomyTerms.COLLECTION).countDocuments()).isEqualTo(1);
        assertThat(stored.getString("_id")).isEqualTo("LIFE_SITUATION:DEBT");
        assertThat(stored.get("labels", Document.class).getString("sv")).isEqualTo("DEBT sv");
        assertThat(stored.getBoolean("retired")).isFalse();
    }
}
