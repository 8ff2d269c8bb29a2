package fi.kokemus.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.test.TestActors;
import fi.kokemus.platform.test.TestConsumers;
import fi.kokemus.registry.contract.RegistryEvents;
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
 * The whole service against a real Kafka broker and MongoDB (each subclass says which): an NGO
 * upsert travels through the outbox to the registry's topic exactly once.
 */
@SpringBootTest(properties = {
    "spring.mongodb.database=registry-expert-registration-it",
    "kokemus.outbox.poll-interval=100ms"})
@AutoConfigureMockMvc
// Closes the listeners and the relay before the JVM-wide broker goes down.
@DirtiesContext
abstract class ExpertRegistrationIntegrationTest {

    private static final RequestPostProcessor NGO_KESKI =
            TestActors.as("service-account-ngo-sync-keski", Role.NGO_PARTNER, "keski-pohjanmaa", "ngo-keski");
    private static final String MEMBER_URL = "/api/registry/organisations/ngo-keski/members/M-7001";
    private static final String AINO = """
            {"username":"expert.soite","firstName":"Aino","lastName":"Testinen",
             "homeCounty":"keski-pohjanmaa","municipality":"272","roles":["EXPERT_BY_EXPERIENCE"],
             "topics":["MENTAL_HEALTH"],"languages":["fi"],"taskTypes":["LECTURE_REGIONAL"],
             "feeWanted":true,
             "contact":{"email":"aino.testinen@example.org","phone":"+358 40 000 0001"},
             "consents":[{"kind":"REGISTRY_LISTING","granted":true,"decidedAt":"2026-01-15T10:00:00Z","textVersion":"registry-v1"}]}
            """;

    @Autowired
    MockMvc mvc;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    JsonMapper jsonMapper;

    @Test
    void anNgoUpsertPublishesOneRegistrationAndTheSameUpsertAgainPublishesNothing() throws Exception {
        try (Consumer<String, String> consumer = TestConsumers.fromBeginning(bootstrapServers, RegistryEvents.TOPIC)) {

            String created = upsert(AINO, 201);
            String expertId = JsonPath.read(created, "$.id");
            List<ConsumerRecord<String, String>> registration = poll(consumer, 1);

            assertThat(registration).hasSize(1);
            ConsumerRecord<String, String> record = registration.get(0);
            JsonNode envelope = jsonMapper.readTree(record.value());
            assertThat(record.key()).isEqualTo(expertId);
            assertThat(envelope.get("type").asString()).isEqualTo(RegistryEvents.EXPERT_REGISTERED.type());
            assertThat(envelope.get("subject").asString()).isEqualTo(expertId);
            assertThat(envelope.get("county").asString()).isEqualTo("keski-pohjanmaa");
            assertThat(envelope.get("data").get("displayName").asString()).isEqualTo("Aino T.");
            assertThat(envelope.get("data").has("email")).isFalse();
            assertThat(record.value()).doesNotContain("aino.testinen@example.org", "+358", "Testinen");

            upsert(AINO, 200);
            // A real change after the repeat: the next event of this expert (same key, same
            // partition, so in order) must be that change, proving the repeat published nothing.
            upsert(AINO.replace("\"MENTAL_HEALTH\"", "\"MENTAL_HEALTH\",\"VIOLENCE\""), 200);
            List<ConsumerRecord<String, String>> after = poll(consumer, 1);

            assertThat(after).hasSize(1);
            JsonNode change = jsonMapper.readTree(after.get(0).value());
            assertThat(change.get("type").asString()).isEqualTo(RegistryEvents.PUBLIC_PROFILE_CHANGED.type());
            assertThat(change.get("data").get("topics").toString()).isEqualTo("[\"MENTAL_HEALTH\",\"VIOLENCE\"]");
            assertThat(poll(consumer, Integer.MAX_VALUE, Duration.ofSeconds(1))).isEmpty();
        }
    }

    private String upsert(String body, int expectedStatus) throws Exception {
        return mvc.perform(put(MEMBER_URL).with(NGO_KESKI).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expectedStatus))
                .andReturn().getResponse().getContentAsString();
    }

    private static List<ConsumerRecord<String, String>> poll(Consumer<String, String> consumer, int expected) {
        return poll(consumer, expected, Duration.ofSeconds(20));
    }

    /** Polls until {@code expected} records arrived or the time is up. */
    private static List<ConsumerRecord<String, String>> poll(Consumer<String, String> consumer, int expected,
            Duration timeout) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        while (records.size() < expected && Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return records;
    }
}
