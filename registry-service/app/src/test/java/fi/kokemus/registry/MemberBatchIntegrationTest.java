package fi.kokemus.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.test.TestActors;
import fi.kokemus.platform.test.TestConsumers;
import fi.kokemus.registry.application.port.in.SyncMemberBatchUseCase;
import fi.kokemus.registry.contract.RegistryEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.Consumer;
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
 * The whole service against a real Kafka broker and MongoDB (each subclass says which): a full
 * batch of synthetic members is announced once, and the same batch again changes and announces
 * nothing.
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
    private static final int MEMBERS = SyncMemberBatchUseCase.MAX_RECORDS;

    @Autowired
    MockMvc mvc;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void aFullBatchIsAnnouncedOnceAndTheSameBatchAgainChangesNothing() throws Exception {
        String batch = syntheticBatch();
        try (Consumer<String, String> consumer = TestConsumers.fromBeginning(bootstrapServers, RegistryEvents.TOPIC)) {

            sync(batch).andExpect(jsonPath("$.counts.CREATED").value(MEMBERS))
                    .andExpect(jsonPath("$.counts.FAILED").value(0));
            assertThat(countEvents(consumer, MEMBERS, Duration.ofSeconds(60))).isEqualTo(MEMBERS);

            sync(batch).andExpect(jsonPath("$.counts.UNCHANGED").value(MEMBERS))
                    .andExpect(jsonPath("$.results[0].possibleDuplicateOf").isEmpty());
            assertThat(countEvents(consumer, Integer.MAX_VALUE, Duration.ofSeconds(3))).isZero();
        }
    }

    private ResultActions sync(String batch) throws Exception {
        return mvc.perform(post(BATCHES_URL + "?mode=FULL").with(NGO_KESKI)
                        .contentType(MediaType.APPLICATION_JSON).content(batch))
                .andExpect(status().isOk());
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

    /** Counts records until {@code expected} arrived or the time is up. */
    private static int countEvents(Consumer<String, String> consumer, int expected, Duration timeout) {
        int count = 0;
        Instant deadline = Instant.now().plus(timeout);
        while (count < expected && Instant.now().isBefore(deadline)) {
            count += consumer.poll(Duration.ofMillis(200)).count();
        }
        return count;
    }
}
