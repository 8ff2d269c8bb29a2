package fi.kokemus.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.test.TestActors;
import fi.kokemus.platform.test.TestConsumers;
import fi.kokemus.registry.contract.RegistryEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The whole service against a real Kafka broker and MongoDB (each subclass says which): a
 * background job of 2 000 synthetic members announces each once, and the same batch again changes
 * and announces nothing.
 */
@SpringBootTest(properties = {
    "spring.mongodb.database=registry-member-batch-it",
    "kokemus.outbox.poll-interval=100ms"})
@AutoConfigureMockMvc
// Closes the listeners and the relay before the JVM-wide broker goes down.
@DirtiesContext
abstract class MemberBatchIntegrationTest {

    private static final RequestPostProcessor NGO_KESKI =
            TestActors.as("service-account-ngo-sync-keski", Role.NGO_PARTNER, "keski-pohjanmaa", "ngo-keski");
    private static final String BATCHES_URL = "/api/registry/organisations/ngo-keski/member-batches";
    private static final int MEMBERS = 2_000;
    /** Every synthetic member is "Testi Henkilo…", shown as this in events. */
    private static final String SYNTHETIC_DISPLAY_NAME = "\"Testi H.\"";

    @Autowired
    MockMvc mvc;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void aBackgroundJobAnnouncesEachMemberOnceAndTheSameBatchAgainChangesNothing() throws Exception {
        String batch = syntheticBatch();
        try (Consumer<String, String> consumer = TestConsumers.fromBeginning(bootstrapServers, RegistryEvents.TOPIC)) {

            finished(submit(batch)).andExpect(jsonPath("$.counts.CREATED").value(MEMBERS))
                    .andExpect(jsonPath("$.counts.FAILED").value(0))
                    .andExpect(jsonPath("$.processed").value(MEMBERS));
            assertThat(countEvents(consumer, MEMBERS, Duration.ofSeconds(60))).isEqualTo(MEMBERS);

            finished(submit(batch)).andExpect(jsonPath("$.counts.UNCHANGED").value(MEMBERS))
                    .andExpect(jsonPath("$.counts.DEACTIVATED").value(0));
            assertThat(countEvents(consumer, Integer.MAX_VALUE, Duration.ofSeconds(3))).isZero();
        }
    }

    private String submit(String batch) throws Exception {
        return mvc.perform(post(BATCHES_URL + "?mode=FULL&async=true").with(NGO_KESKI)
                        .contentType(MediaType.APPLICATION_JSON).content(batch))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");
    }

    /** The job once it stopped running, or as it stood when the time ran out. */
    private ResultActions finished(String location) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        String status = "QUEUED";
        while (!status.equals("DONE") && !status.equals("FAILED") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = JsonPath.read(mvc.perform(get(location).with(NGO_KESKI)).andReturn().getResponse()
                    .getContentAsString(), "$.status");
        }
        return mvc.perform(get(location).with(NGO_KESKI)).andExpect(jsonPath("$.status").value("DONE"));
    }

    /** Distinct synthetic people: no two share an e-mail, phone or name, so none is a possible duplicate. */
    private static String syntheticBatch() {
        return IntStream.range(0, MEMBERS).mapToObj(index -> """
                {"externalId":"SYN-%1$d","firstName":"Testi","lastName":"Henkilo%2$s",
                 "homeCounty":"keski-pohjanmaa","municipality":"272","roles":["EXPERT_BY_EXPERIENCE"],
                 "topics":["MENTAL_HEALTH"],"languages":["fi"],"taskTypes":["CLIENT_SUPPORT"],"feeWanted":true,
                 "contact":{"email":"synthetic.%1$d@example.org"},
                 "consents":[{"kind":"REGISTRY_LISTING","granted":true,"decidedAt":"2026-01-15T10:00:00Z","textVersion":"registry-v1"}]}
                """.formatted(index, letters(index)))
                .collect(Collectors.joining(",", "{\"members\":[", "]}"));
    }

    private static String letters(int index) {
        return "" + (char) ('a' + index / 26 / 26) + (char) ('a' + index / 26 % 26) + (char) ('a' + index % 26);
    }

    /**
     * Counts events about the synthetic members until {@code expected} arrived or the time is up;
     * other tests' events on the shared topic are skipped.
     */
    private static int countEvents(Consumer<String, String> consumer, int expected, Duration timeout) {
        int count = 0;
        Instant deadline = Instant.now().plus(timeout);
        while (count < expected && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                count += record.value().contains(SYNTHETIC_DISPLAY_NAME) ? 1 : 0;
            }
        }
        return count;
    }
}
