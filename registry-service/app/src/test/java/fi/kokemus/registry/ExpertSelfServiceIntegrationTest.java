package fi.kokemus.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoDatabase;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.test.TestActors;
import fi.kokemus.platform.test.TestConsumers;
import fi.kokemus.registry.contract.RegistryEvents;
import fi.kokemus.registry.testing.PersonalDataAssertions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service against a real Kafka broker and MongoDB (each subclass says which): the
 * expert's own pause and withdrawal reach the topic without private data, and the withdrawal
 * leaves nothing about the person in the registry's database.
 */
@SpringBootTest(properties = {
    "spring.mongodb.database=registry-expert-self-service-it",
    "kokemus.outbox.poll-interval=100ms"})
@AutoConfigureMockMvc
// Closes the listeners and the relay before the JVM-wide broker goes down.
@DirtiesContext
abstract class ExpertSelfServiceIntegrationTest {

    private static final RequestPostProcessor NGO_KESKI =
            TestActors.as("service-account-ngo-sync-keski", Role.NGO_PARTNER, "keski-pohjanmaa", "ngo-keski");
    private static final RequestPostProcessor SELMA =
            TestActors.as("selma.itsenainen", Role.EXPERT, "keski-pohjanmaa", "ngo-keski");
    private static final String SELMA_AS_MEMBER = """
            {"username":"selma.itsenainen","firstName":"Selma","lastName":"Itsenainen",
             "homeCounty":"keski-pohjanmaa","municipality":"272","roles":["EXPERT_BY_EXPERIENCE"],
             "topics":["MENTAL_HEALTH"],"languages":["fi"],"taskTypes":["LECTURE_REGIONAL"],
             "feeWanted":true,
             "contact":{"email":"selma.itsenainen@example.org","phone":"+358 40 000 0077"},
             "consents":[{"kind":"REGISTRY_LISTING","granted":true,"decidedAt":"2026-01-15T10:00:00Z","textVersion":"registry-v1"}]}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoDatabase database;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    JsonMapper jsonMapper;

    @Test
    void theExpertsPauseAndWithdrawalArePublishedAndTheWithdrawalLeavesNoPersonalData() throws Exception {
        try (Consumer<String, String> consumer = TestConsumers.fromBeginning(bootstrapServers, RegistryEvents.TOPIC)) {
            String created = mvc.perform(put("/api/registry/organisations/ngo-keski/members/M-7101").with(NGO_KESKI)
                            .contentType(MediaType.APPLICATION_JSON).content(SELMA_AS_MEMBER))
                    .andExpect(status().isCreated())
                    .andReturn().getResponse().getContentAsString();
            String expertId = JsonPath.read(created, "$.id");

            mvc.perform(put("/api/registry/me/availability").with(SELMA).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"paused\":true,\"pauseReason\":\"family matters\",\"unavailable\":[]}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.bookable").value(false));
            ConsumerRecord<String, String> pause = nextOf(consumer, expertId, RegistryEvents.AVAILABILITY_CHANGED.type());
            assertThat(pause.value()).doesNotContain("family matters", "selma.itsenainen@example.org", "Itsenainen");
            assertThat(jsonMapper.readTree(pause.value()).get("data").get("active").asBoolean()).isFalse();

            mvc.perform(post("/api/registry/me/consents?confirmErasure=true").with(SELMA)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"kind\":\"REGISTRY_LISTING\",\"granted\":false,\"textVersion\":\"registry-v1\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.effect").value("ERASED"));
            ConsumerRecord<String, String> erasure = nextOf(consumer, expertId, RegistryEvents.EXPERT_ERASED.type());
            assertThat(jsonMapper.readTree(erasure.value()).get("data").propertyNames()).containsExactly("expertId");

            PersonalDataAssertions.assertNoCollectionContains(database, "Selma", "Itsenainen",
                    "selma.itsenainen", "+358 40 000 0077", "M-7101", "family matters");
        }
    }

    /** The next record of the expert with the given type, skipping the expert's earlier events. */
    private ConsumerRecord<String, String> nextOf(Consumer<String, String> consumer, String expertId, String type) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        List<String> seen = new ArrayList<>();
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (!expertId.equals(record.key())) {
                    continue;
                }
                String recordType = jsonMapper.readTree(record.value()).get("type").asString();
                if (recordType.equals(type)) {
                    return record;
                }
                seen.add(recordType);
            }
        }
        throw new AssertionError("no " + type + " for " + expertId + " within 20 s; saw " + seen);
    }
}
