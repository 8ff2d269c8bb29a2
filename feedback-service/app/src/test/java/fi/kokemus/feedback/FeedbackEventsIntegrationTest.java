package fi.kokemus.feedback;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.feedback.adapter.out.mongo.MongoFeedbackTaskRepository;
import fi.kokemus.feedback.application.port.out.LinkKeys;
import fi.kokemus.feedback.contract.FeedbackEvents;
import fi.kokemus.feedback.domain.LinkId;
import fi.kokemus.ordering.contract.ExpertRef;
import fi.kokemus.ordering.contract.OrderConfirmed;
import fi.kokemus.ordering.contract.OrderPlaced;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.ordering.contract.SessionOutcome;
import fi.kokemus.ordering.contract.SessionTime;
import fi.kokemus.platform.events.EventContract;
import fi.kokemus.platform.events.EventEnvelope;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.OutboxMessage;
import fi.kokemus.platform.test.TestConsumers;
import fi.kokemus.registry.contract.ExpertErased;
import fi.kokemus.registry.contract.RegistryEvents;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers leave as events through the outbox, and the registry's erasure of an expert leaves nothing of
 * them in any collection. Each subclass says which broker and MongoDB.
 */
@SpringBootTest(properties = "spring.mongodb.database=feedback-events-integration-test")
@AutoConfigureMockMvc
// Closes the listeners and the relay before the JVM-wide broker goes down.
@DirtiesContext
abstract class FeedbackEventsIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String COUNTY = "keski-pohjanmaa";
    private static final String UNIT = "soite-mental-health-unit";
    private static final String NAME = "Aino Testinen";

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
    @Autowired
    LinkKeys linkKeys;

    private final String orderId = "order-" + UUID.randomUUID();
    private final String ainoId = "expert-" + UUID.randomUUID();
    private final String ainoUsername = "aino." + UUID.randomUUID();
    private final String eeroId = "expert-" + UUID.randomUUID();
    private final Instant startsAt = Instant.now().minus(Duration.ofHours(2));

    @Test
    void answersAreAnnouncedWithoutTextAndAnErasedExpertLeavesNothingBehind() throws Exception {
        holdLectureOfAinoAndEero();
        answer("task-a-aino--s-1", "ORDERER", "q.overall", "4", "q.goals-met", "5", "q.cooperation", "3",
                "q.comment", NAME + " kertoi hyvin");
        answer("task-a-aino--s-1", "SELF_ASSESSMENT", "q.overall", "4", "q.preparation", "5",
                "q.went-well", "Minä, " + NAME + ", onnistuin");

        List<EventEnvelope<JsonNode>> events = eventsAbout(orderId, 7);
        assertThat(events).extracting(EventEnvelope::type).containsOnly(FeedbackEvents.REQUESTS_OPENED.type(),
                FeedbackEvents.FEEDBACK_RECEIVED.type(), FeedbackEvents.SUMMARY_UPDATED.type());
        assertThat(events).filteredOn(event -> event.type().equals(FeedbackEvents.FEEDBACK_RECEIVED.type()))
                .extracting(event -> event.data().get("requestId").asString())
                .containsExactlyInAnyOrder("task-a-aino--s-1/ORDERER", "task-a-aino--s-1/SELF_ASSESSMENT");
        assertThat(events).filteredOn(event -> !event.type().equals(FeedbackEvents.REQUESTS_OPENED.type()))
                .extracting(event -> event.data().toString())
                .allSatisfy(payload -> assertThat(payload).doesNotContain("Testinen", ainoId, ainoUsername))
                .anySatisfy(payload -> assertThat(payload).contains("\"answers\":1"));

        OutboxMessage erased = erasure(ainoId, ainoId);
        send(erased);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(everyDocument())
                .noneSatisfy(document -> assertThat(document).containsAnyOf(ainoId, ainoUsername, "Testinen")));
        Document erasedTask = task("task-a-aino--s-1");
        assertThat(erasedTask.getList("requests", Document.class)).flatExtracting(
                        request -> request.getList("answers", Document.class))
                .extracting(answer -> answer.get("ratings", Document.class).getInteger("overall"))
                .containsExactly(4, 4);
        assertThat(task("task-a-eero--s-1").getString("expertId")).isEqualTo(eeroId);

        send(erased);
        // Keyed like the redelivery, so it is handled after it: once Eero is erased, the redelivery was handled.
        send(erasure(ainoId, eeroId));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(task("task-a-eero--s-1").getString("expertId"))
                .isNotEqualTo(eeroId));
        assertThat(task("task-a-aino--s-1")).isEqualTo(erasedTask);
    }

    private void holdLectureOfAinoAndEero() throws Exception {
        List<SessionTime> sessions = List.of(new SessionTime("s-1", startsAt, 90));
        send(event(OrderingEvents.ORDER_PLACED, orderId, new OrderPlaced(orderId, COUNTY, UNIT, "orderer.soite",
                "COORDINATED", "EXPERT_BY_EXPERIENCE", "LECTURE_REGIONAL", "MENTAL_HEALTH", "PROFESSIONALS", "ON_SITE",
                "fi", 2, "REGIONAL", false, false, "SOITE-4100", sessions, startsAt, 90)));
        send(event(OrderingEvents.ORDER_CONFIRMED, orderId, new OrderConfirmed(orderId, COUNTY, UNIT,
                List.of(new ExpertRef("a-aino", ainoId, ainoUsername), new ExpertRef("a-eero", eeroId, "eero.x")),
                sessions, startsAt.minus(Duration.ofDays(1)))));
        send(event(OrderingEvents.SESSION_HELD, orderId, new SessionOutcome(orderId, COUNTY, UNIT, "s-1", "a-aino",
                ainoId, ainoUsername, "LECTURE_REGIONAL", "PROFESSIONALS", "ON_SITE", startsAt, "HELD", 20)));
        await().atMost(PATIENCE).until(() -> task("task-a-aino--s-1") != null
                && task("task-a-aino--s-1").getList("requests", Document.class).size() == 3);
    }

    private void answer(String taskId, String respondent, String... namesAndValues) throws Exception {
        String linkId = task(taskId).getList("requests", Document.class).stream()
                .filter(request -> respondent.equals(request.getString("respondent")))
                .findFirst().orElseThrow().getString("linkId");
        StringBuilder body = new StringBuilder("formVersion=1");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append('&').append(namesAndValues[i]).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        mvc.perform(post("/api/feedback/public/" + linkKeys.tokenOf(new LinkId(linkId)).value())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body.toString()))
                .andExpect(status().is3xxRedirection());
    }

    /** Every document of every collection, as JSON. */
    private List<String> everyDocument() {
        List<String> documents = new ArrayList<>();
        for (String collection : database.listCollectionNames()) {
            database.getCollection(collection).find().forEach(document -> documents.add(document.toJson()));
        }
        assertThat(documents).isNotEmpty();
        return documents;
    }

    private OutboxMessage erasure(String key, String expertId) {
        return new EventWriter("registry-service", jsonMapper, Clock.systemUTC())
                .write(RegistryEvents.EXPERT_ERASED, key, COUNTY, new ExpertErased(expertId));
    }

    private <T> OutboxMessage event(EventContract<T> contract, String subject, T data) {
        return new EventWriter("ordering-service", jsonMapper, Clock.systemUTC()).write(contract, subject, COUNTY, data);
    }

    private Document task(String id) {
        return database.getCollection(MongoFeedbackTaskRepository.COLLECTION).find(eq("_id", id)).first();
    }

    private void send(OutboxMessage message) throws Exception {
        kafka.send(message.topic(), message.key(), message.payload()).get();
    }

    /** The feedback events keyed by {@code orderId}: waits for {@code expected}, then a while longer for extras. */
    private List<EventEnvelope<JsonNode>> eventsAbout(String key, int expected) {
        EventReader reader = new EventReader(jsonMapper);
        try (Consumer<String, String> consumer = TestConsumers.fromBeginning(bootstrapServers, FeedbackEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            Instant deadline = Instant.now().plus(PATIENCE);
            while (found.size() < expected && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
            }
            assertThat(found).hasSize(expected);
            return found.stream().map(record -> reader.read(record.value())).toList();
        }
    }
}
