package fi.kokemus.feedback;

import static com.mongodb.client.model.Filters.eq;
import static fi.kokemus.platform.test.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.fee.contract.FeeApproved;
import fi.kokemus.fee.contract.FeeEvents;
import fi.kokemus.feedback.adapter.in.kafka.followup.FollowUpEventsListener;
import fi.kokemus.feedback.adapter.out.mongo.MongoFeedbackTaskRepository;
import fi.kokemus.feedback.contract.FeedbackEvents;
import fi.kokemus.feedback.contract.FeedbackRequestsOpened;
import fi.kokemus.ordering.contract.ExpertRef;
import fi.kokemus.ordering.contract.OrderCancelled;
import fi.kokemus.ordering.contract.OrderConfirmed;
import fi.kokemus.ordering.contract.OrderPlaced;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.ordering.contract.SessionOutcome;
import fi.kokemus.ordering.contract.SessionRescheduled;
import fi.kokemus.ordering.contract.SessionTime;
import fi.kokemus.platform.events.EventContract;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.events.EventEnvelope;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.events.TraceIds;
import fi.kokemus.platform.outbox.OutboxMessage;
import fi.kokemus.platform.test.TestConsumers;
import fi.kokemus.registry.contract.ExpertPublicProfile;
import fi.kokemus.registry.contract.RegistryEvents;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service as it runs: ordering's events arrive on a real broker, the task and its event
 * are written to MongoDB, the relay publishes the event. Each subclass says which broker and MongoDB.
 */
@SpringBootTest(properties = "spring.mongodb.database=feedback-integration-test")
@AutoConfigureMockMvc
// Closes the listeners and the relay before the JVM-wide broker goes down.
@DirtiesContext
abstract class FeedbackServiceIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String COUNTY = "keski-pohjanmaa";
    private static final String UNIT = "soite-mental-health-unit";
    private static final Instant STARTS_AT = Instant.parse("2026-03-10T10:00:00Z");

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
    void theCourseOfAnOrderOpensFeedbackRequestsOnceHoweverOftenEventsArrive() throws Exception {
        String orderId = "order-" + UUID.randomUUID();
        send(event(OrderingEvents.ORDER_PLACED, orderId, placed(orderId), "trace-feedback-it-01"));
        OutboxMessage confirmed = event(OrderingEvents.ORDER_CONFIRMED, orderId, new OrderConfirmed(orderId,
                COUNTY, UNIT, List.of(new ExpertRef("a-lecture", "expert-aino", "expert.soite"),
                        new ExpertRef("a-second-expert", "expert-eero", "expert.eero")),
                List.of(new SessionTime("s-1", STARTS_AT, 90)), STARTS_AT.minusSeconds(86_400)), "trace-feedback-it-02");
        send(confirmed);
        send(confirmed);
        OutboxMessage held = event(OrderingEvents.SESSION_HELD, orderId, held(orderId, "a-lecture", "expert-aino"),
                "trace-feedback-it-03");
        send(held);
        send(held);

        List<EventEnvelope<JsonNode>> opened = eventsAbout(orderId, 3);
        assertThat(opened).extracting(EventEnvelope::type).containsOnly(FeedbackEvents.REQUESTS_OPENED.type());
        assertThat(opened).extracting(event -> data(event).respondents()).containsExactlyInAnyOrder(
                List.of("LISTENER"), List.of("LISTENER"), List.of("ORDERER", "SELF_ASSESSMENT"));
        assertThat(opened).filteredOn(event -> data(event).respondents().contains("ORDERER")).singleElement()
                .satisfies(event -> {
                    assertThat(event.traceId()).isEqualTo("trace-feedback-it-03");
                    assertThat(data(event)).isEqualTo(new FeedbackRequestsOpened(orderId, "expert-aino", COUNTY,
                            List.of("ORDERER", "SELF_ASSESSMENT"), "task-a-lecture--s-1", "s-1"));
                });
        assertThat(database.getCollection(MongoFeedbackTaskRepository.COLLECTION)
                .countDocuments(eq("orderId", orderId))).isEqualTo(2);

        mvc.perform(get("/api/feedback/tasks").param("orderId", orderId)
                        .with(as("orderer.soite", Role.ORDERER, COUNTY, UNIT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("task-a-lecture--s-1"))
                .andExpect(jsonPath("$[0].taskType").value("LECTURE_REGIONAL"))
                .andExpect(jsonPath("$[0].requests[0].respondent").value("LISTENER"))
                .andExpect(jsonPath("$[0].requests[0].link").isString())
                .andExpect(jsonPath("$[0].requests[1].respondent").value("ORDERER"))
                .andExpect(jsonPath("$[0].requests[1].link").isString())
                .andExpect(jsonPath("$[0].requests[2].link").doesNotExist())
                .andExpect(jsonPath("$[1].id").value("task-a-second-expert--s-1"))
                .andExpect(jsonPath("$[1].requests.length()").value(1));
    }

    @Test
    void reschedulingAndCancellationReachTheTasks() throws Exception {
        String orderId = "order-" + UUID.randomUUID();
        Instant later = STARTS_AT.plusSeconds(7 * 86_400);
        List<ExpertRef> experts = List.of(new ExpertRef("a-moved", "expert-aino", "expert.soite"));
        List<SessionTime> sessions = List.of(new SessionTime("s-1", STARTS_AT, 90), new SessionTime("s-2", later, 90));
        send(event(OrderingEvents.ORDER_PLACED, orderId, placed(orderId), "trace-feedback-it-05"));
        send(event(OrderingEvents.ORDER_CONFIRMED, orderId, new OrderConfirmed(orderId, COUNTY, UNIT, experts,
                sessions, STARTS_AT.minusSeconds(86_400)), "trace-feedback-it-06"));
        send(event(OrderingEvents.SESSION_RESCHEDULED, orderId, new SessionRescheduled(orderId, COUNTY, UNIT, "s-1",
                STARTS_AT, STARTS_AT.plusSeconds(3_600), 90, "orderer.soite", STARTS_AT.minusSeconds(3_600), experts),
                "trace-feedback-it-07"));
        send(event(OrderingEvents.ORDER_CANCELLED, orderId, new OrderCancelled(orderId, COUNTY, UNIT, "SOITE-4100",
                "EXPERT_BY_EXPERIENCE", "LECTURE_REGIONAL", "REGIONAL", false, "orderer.soite",
                STARTS_AT.plusSeconds(86_400), "no longer needed", List.of(sessions.get(1)), experts),
                "trace-feedback-it-08"));

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(task("task-a-moved--s-1").getDate("startsAt").toInstant()).isEqualTo(STARTS_AT.plusSeconds(3_600));
            assertThat(task("task-a-moved--s-2").getList("requests", Document.class))
                    .allSatisfy(request -> assertThat(request.getBoolean("closed")).isTrue());
        });
        assertThat(task("task-a-moved--s-1").getList("requests", Document.class))
                .allSatisfy(request -> assertThat(request.getBoolean("closed")).isFalse());
    }

    @Test
    void unreadableAndIncompleteEventsAreParkedAndTheConsumerCarriesOn() throws Exception {
        String orderId = "order-" + UUID.randomUUID();
        kafka.send(OrderingEvents.TOPIC, orderId, "{ not an event").get();
        OutboxMessage incomplete = event(OrderingEvents.SESSION_HELD, orderId, held(orderId, "a-incomplete", null),
                "trace-feedback-it-09");
        send(incomplete);
        send(event(OrderingEvents.SESSION_HELD, orderId, held(orderId, "a-after-poison", "expert-aino"),
                "trace-feedback-it-10"));

        assertThat(eventsAbout(orderId, 2)).extracting(event -> data(event).expertId())
                .containsOnly("expert-aino");
        // Each consumer group of the topic parks what it cannot use: the feedback requests' and the follow-up's.
        List<ConsumerRecord<String, String>> parked = recordsOn(OrderingEvents.TOPIC + ".dlt", orderId, 4);
        assertThat(parkedBy(parked, "feedback-service")).containsExactlyInAnyOrder("{ not an event",
                incomplete.payload());
        assertThat(parkedBy(parked, FollowUpEventsListener.GROUP)).containsExactlyInAnyOrder("{ not an event",
                incomplete.payload());
        assertThat(database.getCollection(MongoFeedbackTaskRepository.COLLECTION)
                .countDocuments(eq("assignmentId", "a-incomplete"))).isZero();
    }

    @Test
    void theFollowUpCountsWhatOrderingTheRegistryAndFeesAnnounce() throws Exception {
        String county = "pohjois-pohjanmaa";
        EventWriter registry = new EventWriter("registry-service", jsonMapper, Clock.systemUTC());
        send(registry.write(RegistryEvents.EXPERT_REGISTERED, "expert-pp-working", county,
                profile("expert-pp-working", county)));
        send(registry.write(RegistryEvents.EXPERT_REGISTERED, "expert-pp-idle", county, profile("expert-pp-idle", county)));
        String orderId = "order-" + UUID.randomUUID();
        send(event(OrderingEvents.SESSION_HELD, orderId, new SessionOutcome(orderId, county, "pp-unit", "s-1", "a-pp",
                "expert-pp-working", "expert.pp", "LECTURE_REGIONAL", "PROFESSIONALS", "REMOTE", STARTS_AT, "HELD", 12),
                "trace-feedback-it-11"));
        send(new EventWriter("fee-service", jsonMapper, Clock.systemUTC()).write(FeeEvents.FEE_APPROVED, "fee-a-pp.s-1",
                county, new FeeApproved("fee-a-pp.s-1", "expert-pp-working", county, "pp-unit", "PP-1", orderId, "a-pp",
                        "LECTURE_REGIONAL", LocalDate.parse("2026-03-10"), 1, 7500, "EUR", "rule", "s-1",
                        "APPROVED_WORK", 90, "LECTURE_FEE", 4500, "no tax card: 60 %", 3000, 0, 0, null)));

        await().atMost(PATIENCE).untilAsserted(() -> mvc.perform(get("/api/feedback/reports/follow-up")
                        .param("county", county).param("from", "2026-01-01").param("to", "2026-12-31")
                        .with(as("coordinator.pp", Role.COORDINATOR, county, null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks.reported").value(1))
                .andExpect(jsonPath("$.tasks.byMode[0].key").value("REMOTE"))
                .andExpect(jsonPath("$.tasks.byOrganisation[0].key").value("ngo-pohjoinen"))
                .andExpect(jsonPath("$.fees.earned.grossCents").value(7500))
                .andExpect(jsonPath("$.experts.serving").value(2))
                .andExpect(jsonPath("$.experts.withoutTasks[0].expertId").value("expert-pp-idle")));
    }

    private static ExpertPublicProfile profile(String expertId, String county) {
        return new ExpertPublicProfile(expertId, expertId + ".user", "Aino T.", county, "ngo-pohjoinen",
                Set.of("ngo-pohjoinen"), Set.of("EXPERT_BY_EXPERIENCE"), Set.of(), Set.of(), Set.of("fi"), "564",
                Set.of("LECTURE_REGIONAL"), true, true, false, List.of(), List.of());
    }

    private static OrderPlaced placed(String orderId) {
        return new OrderPlaced(orderId, COUNTY, UNIT, "orderer.soite", "COORDINATED", "EXPERT_BY_EXPERIENCE",
                "LECTURE_REGIONAL", "MENTAL_HEALTH", "PROFESSIONALS", "ON_SITE", "fi", 2, "REGIONAL", false, false,
                "SOITE-4100", List.of(new SessionTime("s-1", STARTS_AT, 90)), STARTS_AT, 90);
    }

    private static SessionOutcome held(String orderId, String assignmentId, String expertId) {
        return new SessionOutcome(orderId, COUNTY, UNIT, "s-1", assignmentId, expertId, "expert.soite",
                "LECTURE_REGIONAL", "PROFESSIONALS", "ON_SITE", STARTS_AT, "HELD", 20);
    }

    private <T> OutboxMessage event(EventContract<T> contract, String orderId, T data, String traceId) {
        try (TraceIds.Scope ignored = TraceIds.open(traceId)) {
            return writer().write(contract, orderId, COUNTY, data);
        }
    }

    private Document task(String id) {
        return database.getCollection(MongoFeedbackTaskRepository.COLLECTION).find(eq("_id", id)).first();
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

    private static List<String> parkedBy(List<ConsumerRecord<String, String>> parked, String group) {
        return parked.stream()
                .filter(record -> group.equals(new String(
                        record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP).value(),
                        StandardCharsets.UTF_8)))
                .map(ConsumerRecord::value)
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
