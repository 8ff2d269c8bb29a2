package fi.kokemus.feedback.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import fi.kokemus.feedback.application.port.out.ConcurrentTaskUpdate;
import fi.kokemus.feedback.application.port.out.LinkKeys;
import fi.kokemus.feedback.contract.FeedbackEvents;
import fi.kokemus.feedback.domain.AnswerRecorded;
import fi.kokemus.feedback.domain.AnswerSummary;
import fi.kokemus.feedback.domain.FeedbackAnswer;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.SessionOutcomeKind;
import fi.kokemus.feedback.domain.TaskChange;
import fi.kokemus.feedback.domain.TokenHash;
import fi.kokemus.feedback.fakes.SampleWork;
import fi.kokemus.platform.events.EventEnvelope;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.test.InMemoryMongo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The events an answer puts in the task's outbox, in the same write, as the contract's JSON. */
class AnswerEventsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MINIMUM = AnswerSummary.DEFAULT_MINIMUM;
    private static final Instant AT = Instant.parse("2026-03-12T09:00:00Z");
    private static final LinkKeys KEYS = SampleWork.linkKeys();
    private static MongoClient client;
    private static MongoDatabase database;
    private static MongoFeedbackTaskRepository repository;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(InMemoryMongo.connectionString());
        database = client.getDatabase("feedback-answer-events-test");
        repository = new MongoFeedbackTaskRepository(database, new EventWriter("feedback-service", JSON,
                Clock.fixed(AT, ZoneOffset.UTC)));
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void aPersonalAnswerEmitsItsRatingsAndItsSummaryWithoutTextLinkOrPerson() {
        FeedbackTask task = held();
        FeedbackAnswer answer = new FeedbackAnswer("orderer", 1, Map.of("overall", 4, "goals-met", 5, "cooperation", 3),
                Map.of("comment", "Aino Testinen, 040 123 4567"), AT);

        repository.recordAnswer(task.answered(hashOf(task, Respondent.ORDERER), answer, MINIMUM));

        List<JsonNode> events = newEvents(task, 2);
        assertThat(events.get(0).toString()).isEqualTo("""
                {"orderId":"%s","taskId":"%s","sessionId":"s-1","county":"keski-pohjanmaa",\
                "requestId":"%s/ORDERER","respondent":"ORDERER","form":"orderer","formVersion":1,\
                "ratings":{"cooperation":3,"goals-met":5,"overall":4},"receivedAt":"2026-03-12T09:00:00Z"}"""
                .formatted(task.work().orderId(), task.id(), task.id()));
        assertThat(events.get(1).toString()).isEqualTo("""
                {"orderId":"%s","taskId":"%s","sessionId":"s-1","county":"keski-pohjanmaa","respondent":"ORDERER",\
                "answers":1,"ratings":{"cooperation":{"answered":1,"average":3.0},\
                "goals-met":{"answered":1,"average":5.0},"overall":{"answered":1,"average":4.0}}}"""
                .formatted(task.work().orderId(), task.id()));
        String everything = document(task).toJson();
        String published = events.toString();
        assertThat(published).doesNotContain("Aino", "040", "expert-aino", SampleWork.EXPERT_USERNAME,
                task.request(Respondent.ORDERER).orElseThrow().linkId().value(),
                task.request(Respondent.ORDERER).orElseThrow().tokenHash().value());
        assertThat(everything).contains("Aino Testinen");
    }

    @Test
    void listenersAreToldOnlyInAggregateFromTheMinimum() {
        FeedbackTask task = held();
        for (int overall : new int[] {5, 4, 4, 2}) {
            task = answerAsListener(task, overall);
        }
        List<JsonNode> belowMinimum = newEvents(task, 4);
        assertThat(belowMinimum).allSatisfy(event -> {
            assertThat(event.get("respondent").asString()).isEqualTo("LISTENER");
            assertThat(event.get("ratings").isEmpty()).isTrue();
            assertThat(event.has("answers")).isFalse();
        });

        answerAsListener(task, 5);

        List<JsonNode> atMinimum = newEvents(task, 6);
        assertThat(atMinimum.get(4).get("ratings").isEmpty()).isTrue();
        assertThat(atMinimum.get(5).toString()).endsWith("""
                "respondent":"LISTENER","answers":5,"ratings":{"overall":{"answered":5,"average":4.0}}}""");
    }

    @Test
    void aStaleAnswerIsRefusedAndEmitsNothing() {
        FeedbackTask task = held();
        repository.recordAnswer(task.answered(hashOf(task, Respondent.LISTENER), listener(3), MINIMUM));

        AnswerRecorded stale = task.answered(hashOf(task, Respondent.LISTENER), listener(1), MINIMUM);

        assertThatThrownBy(() -> repository.recordAnswer(stale)).isInstanceOf(ConcurrentTaskUpdate.class);
        assertThat(newEvents(task, 1)).hasSize(1);
    }

    /** A stored lecture task whose session was held, its opening events already relayed. */
    private static FeedbackTask held() {
        TaskChange created = FeedbackTask.confirmed(SampleWork.lecture("order-" + UUID.randomUUID(),
                "a-" + UUID.randomUUID()), AT, Duration.ofDays(14), KEYS::issue);
        repository.addIfAbsent(created.task(), created.opened());
        TaskChange held = repository.find(created.task().id()).orElseThrow()
                .afterSession(SessionOutcomeKind.HELD, AT, Duration.ofDays(30), KEYS::issue);
        repository.update(held.task(), held.opened());
        return repository.find(created.task().id()).orElseThrow();
    }

    private static FeedbackTask answerAsListener(FeedbackTask task, int overall) {
        FeedbackTask current = repository.find(task.id()).orElseThrow();
        repository.recordAnswer(current.answered(hashOf(current, Respondent.LISTENER), listener(overall), MINIMUM));
        return repository.find(task.id()).orElseThrow();
    }

    private static FeedbackAnswer listener(int overall) {
        return new FeedbackAnswer("listener", 1, Map.of("overall", overall), Map.of("comment", "Hyvä"),
                SampleWork.STARTS_AT.plus(Duration.ofHours(1)));
    }

    /** The payloads of the outbox's events after the two opening ones, which must be {@code expected} many. */
    private static List<JsonNode> newEvents(FeedbackTask task, int expected) {
        EventReader reader = new EventReader(JSON);
        List<Document> outbox = document(task).getList("outbox", Document.class);
        assertThat(outbox).hasSize(2 + expected).allSatisfy(message -> {
            assertThat(message.getString("topic")).isEqualTo(FeedbackEvents.TOPIC);
            assertThat(message.getString("key")).isEqualTo(task.work().orderId());
        });
        var envelopes = outbox.subList(2, outbox.size()).stream()
                .map(message -> reader.read(message.getString("payload"))).toList();
        assertThat(envelopes).allSatisfy(envelope -> assertThat(envelope.type())
                .isIn(FeedbackEvents.FEEDBACK_RECEIVED.type(), FeedbackEvents.SUMMARY_UPDATED.type()));
        return envelopes.stream().map(EventEnvelope::data).toList();
    }

    private static Document document(FeedbackTask task) {
        return database.getCollection(MongoFeedbackTaskRepository.COLLECTION).find(eq("_id", task.id().value()))
                .first();
    }

    private static TokenHash hashOf(FeedbackTask task, Respondent respondent) {
        return task.request(respondent).orElseThrow().tokenHash();
    }
}
