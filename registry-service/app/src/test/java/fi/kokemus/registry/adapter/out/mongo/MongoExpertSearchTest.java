package fi.kokemus.registry.adapter.out.mongo;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.domain.ConsentDecision;
import fi.kokemus.registry.domain.ConsentKind;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.testing.Actors;
import fi.kokemus.registry.testing.ExpertSearchContract;
import fi.kokemus.registry.testing.ProfileBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MongoExpertSearchTest extends ExpertSearchContract {

    private MongoDatabase database;
    private MongoExpertRepository repository;

    @BeforeEach
    void freshDatabase() {
        database = MongoTestDatabase.fresh();
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC);
        repository = new MongoExpertRepository(database,
                new EventWriter("registry-service", JsonMapper.builder().build(), clock), clock);
    }

    @Override
    protected ExpertRepository repository() {
        return repository;
    }

    @Override
    protected void recordRecentAssignments(ExpertId expert, int count) {
        experts().updateOne(new Document("_id", expert.value()),
                new Document("$set", new Document("workload", new Document("recentCount", count))));
    }

    @Test
    void theDocumentCarriesASearchPartBuiltFromPublicDataOnly() {
        Expert expert = aProfile().diagnoses("F30_F39")
                .consents(ConsentDecision.given(ConsentKind.REGISTRY_LISTING, ProfileBuilder.CONSENT_GIVEN_AT, "v1"),
                        ConsentDecision.given(ConsentKind.SENSITIVE_DATA, ProfileBuilder.CONSENT_GIVEN_AT, "v1"),
                        ConsentDecision.given(ConsentKind.DISCLOSURE_OUTSIDE_COUNTY, ProfileBuilder.CONSENT_GIVEN_AT, "v1"))
                .register(new MemberReference(Actors.NGO_KESKI, "doc-1"));
        repository.save(expert);

        Document search = experts().find(new Document("_id", expert.id().value())).first()
                .get(SearchDocuments.SEARCH, Document.class);

        assertThat(search.getList("words", String.class)).contains("aino", "mental", "health", "keski", "pohjanmaa");
        assertThat(search.getList("tokens", String.class)).contains("ain", "men", "ment", "mental", "health");
        assertThat(search.getList("visibleTo", String.class)).containsExactly("keski-pohjanmaa", "*");
        assertThat(search.toJson()).doesNotContain("testinen", "Testinen", "example", "358", "f30", "F30", "expert.soite");
    }

    private MongoCollection<Document> experts() {
        return database.getCollection(MongoExpertRepository.COLLECTION);
    }
}
