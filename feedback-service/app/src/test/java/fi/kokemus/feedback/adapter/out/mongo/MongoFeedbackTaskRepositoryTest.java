package fi.kokemus.feedback.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepositoryContract;
import fi.kokemus.feedback.contract.FeedbackEvents;
import fi.kokemus.feedback.contract.FeedbackRequestsOpened;
import fi.kokemus.feedback.domain.FeedbackAnswer;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.test.InMemoryMongo;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MongoFeedbackTaskRepositoryTest extends FeedbackTaskRepositoryContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static MongoClient client;
    private static MongoDatabase database;
    private static MongoFeedbackTaskRepository repository;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(InMemoryMongo.connectionString());
        database = client.getDatabase("feedback-repository-test");
        repository = new MongoFeedbackTaskRepository(database, new EventWriter("feedback-service", JSON,
                Clock.fixed(Instant.parse("2026-03-12T09:00:00Z"), ZoneOffset.UTC)));
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Override
    protected FeedbackTaskRepository repository() {
        return repository;
    }

    @Test
    void aNewTaskCarriesItsRequestsOpenedEventInTheSameDocument() {
        FeedbackTask task = newTask("order-" + UUID.randomUUID());

        repository.addIfAbsent(task, task.requestsOpened());

        List<Document> outbox = document(task).getList("outbox", Document.class);
        assertThat(outbox).singleElement().satisfies(message -> {
            assertThat(message.getString("topic")).isEqualTo(FeedbackEvents.TOPIC);
            assertThat(message.getString("key")).isEqualTo(task.work().orderId());
            var envelope = new EventReader(JSON).read(message.getString("payload"));
            assertThat(envelope.type()).isEqualTo("feedback.requests-opened");
            assertThat(envelope.subject()).isEqualTo(task.work().orderId());
            assertThat(envelope.county()).isEqualTo("keski-pohjanmaa");
            assertThat(new EventReader(JSON).data(envelope, FeedbackEvents.REQUESTS_OPENED))
                    .isEqualTo(new FeedbackRequestsOpened(task.work().orderId(), "expert-aino", "keski-pohjanmaa",
                            List.of("LISTENER", "ORDERER", "SELF_ASSESSMENT")));
        });
    }

    @Test
    void aDuplicateAddsNoSecondEvent() {
        FeedbackTask task = newTask("order-" + UUID.randomUUID());
        repository.addIfAbsent(task, task.requestsOpened());

        repository.addIfAbsent(task, task.requestsOpened());

        assertThat(collection().countDocuments(eq("assignmentId", task.work().assignmentId()))).isEqualTo(1);
        assertThat(document(task).getList("outbox", Document.class)).hasSize(1);
    }

    @Test
    void answersLiveInsideTheTaskDocumentWithTheCommentAsWritten() {
        FeedbackTask task = newTask("order-" + UUID.randomUUID());
        repository.addIfAbsent(task, task.requestsOpened());
        String script = "<script>alert(1)</script>";

        repository.update(repository.find(task.id()).orElseThrow().answer(
                task.request(Respondent.ORDERER).orElseThrow().token(),
                new FeedbackAnswer(2, script, Instant.parse("2026-03-12T10:00:00Z"))));

        Document orderer = document(task).getList("requests", Document.class).stream()
                .filter(request -> "ORDERER".equals(request.getString("respondent"))).findFirst().orElseThrow();
        assertThat(orderer.getList("answers", Document.class)).singleElement()
                .satisfies(answer -> assertThat(answer.getString("comment")).isEqualTo(script));
        assertThat(document(task).getList("outbox", Document.class)).hasSize(1);
    }

    private static MongoCollection<Document> collection() {
        return database.getCollection(MongoFeedbackTaskRepository.COLLECTION);
    }

    private static Document document(FeedbackTask task) {
        return collection().find(eq("_id", task.id().value())).first();
    }
}
