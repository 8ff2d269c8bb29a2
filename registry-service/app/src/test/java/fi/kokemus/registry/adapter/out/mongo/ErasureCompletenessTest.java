package fi.kokemus.registry.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;
import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.MongoAggregateStore;
import fi.kokemus.registry.application.service.ManageOwnRecordService;
import fi.kokemus.registry.contract.RegistryEvents;
import fi.kokemus.registry.domain.AuditEntry;
import fi.kokemus.registry.domain.Availability;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.domain.ReadPurpose;
import fi.kokemus.registry.testing.SeededTaxonomy;
import fi.kokemus.registry.testing.Actors;
import fi.kokemus.registry.testing.PersonalDataAssertions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Erasure over the real adapters: afterwards the registry's database holds nothing about the person. */
class ErasureCompletenessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    private MongoDatabase database;
    private MongoExpertRepository experts;
    private MongoContactDisclosures disclosures;
    private MongoAuditLog auditLog;
    private ManageOwnRecordService service;
    private Expert aino;
    private Expert eero;

    @BeforeEach
    void storeTwoExpertsWithDisclosuresAndReads() {
        database = MongoTestDatabase.fresh();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        experts = new MongoExpertRepository(database, new EventWriter("registry-service", JSON, clock), clock);
        disclosures = new MongoContactDisclosures(database);
        auditLog = new MongoAuditLog(database);
        service = new ManageOwnRecordService(experts, auditLog, disclosures, SeededTaxonomy.profileCheck(), clock);

        aino = aProfile().username("expert.soite").register(new MemberReference(Actors.NGO_KESKI, "M-1001"));
        eero = aProfile().username("expert.eero").name("Eero", "Esimerkki").contact("eero@example.org", null)
                .register(new MemberReference(Actors.NGO_KESKI, "M-1002"));
        experts.save(aino);
        experts.save(eero);
        // A second unpublished event besides the registration, as when the relay is behind.
        service.changeAvailability(Actors.expert("expert.soite"),
                new Availability(true, Optional.of("hospital stay"), List.of()));
        disclosures.discloseTo(aino.id(), "soite-mental-health-unit", "a-1");
        disclosures.discloseTo(eero.id(), "soite-mental-health-unit", "a-2");
        auditLog.record(new AuditEntry(aino.id(), "sub-coordinator.soite", Optional.of("coordinator.soite"),
                Role.COORDINATOR, NOW, new ReadPurpose("order 42")));
    }

    @Test
    void afterErasureNoCollectionHoldsThePersonsDataAndOnlyTheErasureIsToBePublished() {
        service.erase(Actors.expert("expert.soite"), true);

        List<String> searched = PersonalDataAssertions.assertNoCollectionContains(database,
                "Aino", "Testinen", "aino.testinen@example.org", "+358 40 000 0001", "expert.soite", "M-1001",
                "hospital stay");
        assertThat(searched).contains(MongoExpertRepository.COLLECTION, MongoContactDisclosures.COLLECTION);

        Document tombstone = database.getCollection(MongoExpertRepository.COLLECTION)
                .find(eq("_id", aino.id().value())).first();
        assertThat(tombstone.keySet()).containsExactlyInAnyOrder("_id", "version", "erasedAt", "erasedMember",
                MongoAggregateStore.OUTBOX, MongoAggregateStore.OUTBOX_PENDING);
        List<Document> outbox = tombstone.getList(MongoAggregateStore.OUTBOX, Document.class);
        assertThat(outbox).hasSize(1);
        JsonNode erasure = JSON.readTree(outbox.get(0).getString("payload"));
        assertThat(erasure.get("type").asString()).isEqualTo(RegistryEvents.EXPERT_ERASED.type());
        assertThat(erasure.get("data").propertyNames()).containsExactly("expertId");
    }

    @Test
    void theOtherExpertsDataAndTheAuditTrailStay() {
        service.erase(Actors.expert("expert.soite"), true);

        assertThat(experts.findById(eero.id())).isPresent();
        assertThat(disclosures.isDisclosedTo(eero.id(), "soite-mental-health-unit")).isTrue();
        assertThat(auditLog.findByExpert(aino.id(), new fi.kokemus.registry.application.port.PageRequest(0, 10))
                .items()).hasSize(1);
    }
}
