package fi.kokemus.feedback;

import static com.mongodb.client.model.Filters.eq;
import static fi.kokemus.platform.test.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.feedback.adapter.out.mongo.MongoFeedbackTaskRepository;
import fi.kokemus.feedback.contract.FeedbackEvents;
import fi.kokemus.feedback.contract.FeedbackRequestsOpened;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.ordering.contract.WorkApproved;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.events.EventEnvelope;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.events.TraceIds;
import fi.kokemus.platform.outbox.OutboxMessage;
import fi.kokemus.platform.test.TestConsumers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service as it runs: ordering's approval arrives on a real broker, the task and its event
 * are written to MongoDB, the relay publishes the event. Each subclass says which broker and MongoDB.
 */
@SpringBootTest(properties = "spring.mongodb.database=feedback-integration-test")
@AutoConfigureMockMvc
// Closes the listeners and the relay before the JVM-wide broker goes down.
@DirtiesContext
abstract class FeedbackServiceIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    JsonMapper jsonMapper;
    @Autowired
    MongoDatabase database;
    @Autowired
    MockMvc mvc;

    @Test
    void anApprovedWorkOpensFeedbackRequestsOnceHoweverOftenItArrives() throws Exception {
        String orderId = "order-" + UUID.randomUUID();
        OutboxMessage approval = approval(orderId, "a-lecture", "expert-aino", "trace-feedback-it-01");

        send(approval);
        send(approval);
        send(approval(orderId, "a-lecture", "expert-aino", "trace-feedback-it-02"));
        send(approval(orderId, "a-second-expert", "expert-eero", "trace-feedback-it-03"));

        List<EventEnvelope<JsonNode>> opened = eventsAbout(orderId, 2);
        assertThat(opened).extracting(EventEnvelope::type).containsOnly(FeedbackEvents.REQUESTS_OPENED.type());
        assertThat(opened).extracting(event -> data(event).expertId()).containsExactly("expert-aino", "expert-eero");
        assertThat(opened.get(0).traceId()).isEqualTo("trace-feedback-it-01");
        assertThat(data(opened.get(0))).isEqualTo(new FeedbackRequestsOpened(orderId, "expert-aino", "keski-pohjanmaa",
                List.of("LISTENER", "ORDERER", "SELF_ASSESSMENT")));
        assertThat(database.getCollection(MongoFeedbackTaskRepository.COLLECTION)
                .countDocuments(eq("orderId", orderId))).isEqualTo(2);

        mvc.perform(get("/api/feedback/tasks").param("orderId", orderId)
                        .with(as("orderer.soite", Role.ORDERER, "keski-pohjanmaa", "soite-mental-health-unit")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("task-a-lecture"))
                .andExpect(jsonPath("$[0].requests[0].respondent").value("LISTENER"))
                .andExpect(jsonPath("$[0].requests[0].link").isString())
                .andExpect(jsonPath("$[0].requests[1].respondent").value("ORDERER"))
                .andExpect(jsonPath("$[0].requests[1].link").isString())
                .andExpect(jsonPath("$[0].requests[2].link").doesNotExist())
                .andExpect(jsonPath("$[1].id").value("task-a-second-expert"));
    }

    @Test
    void unreadableAndIncompleteApprovalsAreParkedAndTheConsumerCarriesOn() throws Exception {
        String orderId = "order-" + UUID.randomUUID();
        kafka.send(OrderingEvents.TOPIC, orderId, "{ not an event").get();
        OutboxMessage incomplete = writer().write(OrderingEvents.WORK_APPROVED, orderId, "keski-pohjanmaa",
                new WorkApproved(orderId, "a-incomplete", "expert-aino", null, "keski-pohjanmaa",
                        "soite-mental-health-unit", "SOITE-4100", "EXPERT_BY_EXPERIENCE", "LECTURE_REGIONAL",
                        "PROFESSIONALS", "REGIONAL", false, "s-1", Instant.parse("2026-03-10T10:00:00Z"), "HELD", 20,
                        1, 90, false, null, null, "orderer.soite", Instant.parse("2026-03-11T08:00:00Z")));
        send(incomplete);
        send(approval(orderId, "a-after-poison", "expert-aino", "trace-feedback-it-04"));

        assertThat(eventsAbout(orderId, 1)).extracting(event -> data(event).expertId()).containsExactly("expert-aino");
        List<String> parked = recordsOn(OrderingEvents.TOPIC + ".dlt", orderId, 2).stream()
                .map(ConsumerRecord::value).toList();
        assertThat(parked).containsExactlyInAnyOrder("{ not an event", incomplete.payload());
        assertThat(database.getCollection(MongoFeedbackTaskRepository.COLLECTION)
                .countDocuments(eq("_id", "task-a-incomplete"))).isZero();
    }

    private OutboxMessage approval(String orderId, String assignmentId, String expertId, String traceId) {
        try (TraceIds.Scope ignored = TraceIds.open(traceId)) {
            return writer().write(OrderingEvents.WORK_APPROVED, orderId, "keski-pohjanmaa",
                    new WorkApproved(orderId, assignmentId, expertId, "expert.soite", "keski-pohjanmaa",
                            "soite-mental-health-unit", "SOITE-4100", "EXPERT_BY_EXPERIENCE", "LECTURE_REGIONAL",
                            "PROFESSIONALS", "REGIONAL", false, "s-1", Instant.parse("2026-03-10T10:00:00Z"), "HELD",
                            20, 1, 90, false, null, null, "orderer.soite", Instant.parse("2026-03-11T08:00:00Z")));
        }
    }

    private EventWriter writer() {
        return new EventWriter("ordering-service", jsonMapper, Clock.systemUTC());
    }

    private void send(OutboxMessage message) throws Exception {
        kafka.send(message.topic(), message.key(), message.payload()).get();
    }

    private FeedbackRequestsOpened data(EventEnvelope<JsonNode> event) {
        return new EventReader(jsonMapper).data(event, FeedbackEvents.REQUESTS_OPENED);
    }

    /** The feedback events keyed by {@code orderId}: waits for {@code expected}, then a while longer for extras. */
    private List<EventEnvelope<JsonNode>> eventsAbout(String orderId, int expected) {
        EventReader reader = new EventReader(jsonMapper);
        return recordsOn(FeedbackEvents.TOPIC, orderId, expected).stream()
                .map(record -> reader.read(record.value()))
                .toList();
    }

    private List<ConsumerRecord<String, String>> recordsOn(String topic, String key, int expected) {
        try (Consumer<String, String> consumer = TestConsumers.fromBeginning(bootstrapServers, topic)) {
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            Instant deadline = Instant.now().plus(PATIENCE);
            while (found.size() < expected && Instant.now().isBefore(deadline)) {
                collect(consumer, key, found, Duration.ofMillis(500));
            }
            collect(consumer, key, found, Duration.ofSeconds(2));
            assertThat(found).as("records keyed %s on %s", key, topic).hasSize(expected);
            return found;
        }
    }

    private static void collect(Consumer<String, String> consumer, String key,
            List<ConsumerRecord<String, String>> found, Duration wait) {
        consumer.poll(wait).forEach(record -> {
            if (key.equals(record.key())) {
                found.add(record);
            }
        });
    }
}
