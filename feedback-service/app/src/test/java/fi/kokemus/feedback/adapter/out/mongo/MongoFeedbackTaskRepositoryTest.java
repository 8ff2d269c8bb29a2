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
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.OrderFacts;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.TaskChange;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.test.InMemoryMongo;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
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
    void eachOpeningCarriesItsEventInTheSameDocument() {
        FeedbackTask task = stored("order-" + UUID.randomUUID());

        List<Document> outbox = document(task).getList("outbox", Document.class);
        assertThat(outbox).hasSize(2).allSatisfy(message -> {
            assertThat(message.getString("topic")).isEqualTo(FeedbackEvents.TOPIC);
            assertThat(message.getString("key")).isEqualTo(task.work().orderId());
        });
        var envelope = new EventReader(JSON).read(outbox.get(1).getString("payload"));
        assertThat(envelope.type()).isEqualTo("feedback.requests-opened");
        assertThat(envelope.county()).isEqualTo("keski-pohjanmaa");
        assertThat(new EventReader(JSON).data(envelope, FeedbackEvents.REQUESTS_OPENED))
                .isEqualTo(new FeedbackRequestsOpened(task.work().orderId(), "expert-aino", "keski-pohjanmaa",
                        List.of("ORDERER", "SELF_ASSESSMENT"), task.id().value(), "s-1"));
    }

    @Test
    void aDuplicateAddsNoSecondEvent() {
        TaskChange created = newTask("order-" + UUID.randomUUID());
        repository.addIfAbsent(created.task(), created.opened());

        repository.addIfAbsent(created.task(), created.opened());

        assertThat(collection().countDocuments(eq("assignmentId", created.task().work().assignmentId()))).isEqualTo(1);
        assertThat(document(created.task()).getList("outbox", Document.class)).hasSize(1);
    }

    @Test
    void theDocumentKeepsLinkIdsAndTokenHashesAndAnswersAsWritten() {
        FeedbackTask task = stored("order-" + UUID.randomUUID());
        String script = "<script>alert(1)</script>";

        repository.update(task.answer(hashOf(task, Respondent.LISTENER), answer(2, script)), Optional.empty());

        Document listener = document(task).getList("requests", Document.class).stream()
                .filter(request -> "LISTENER".equals(request.getString("respondent"))).findFirst().orElseThrow();
        assertThat(listener.keySet()).contains("linkId", "tokenHash").doesNotContain("token");
        assertThat(listener.getList("answers", Document.class)).singleElement().satisfies(answer -> {
            assertThat(answer.getString("form")).isEqualTo("listener");
            assertThat(answer.getInteger("formVersion")).isEqualTo(1);
            assertThat(answer.get("texts", Document.class).getString("comment")).isEqualTo(script);
        });
    }

    @Test
    void orderFactsAreStoredOncePerOrder() {
        var orders = new MongoOrderFactsRepository(database);
        String orderId = "order-" + UUID.randomUUID();

        orders.save(new OrderFacts(orderId, "LECTURE_REGIONAL", null, false));
        orders.save(new OrderFacts(orderId, "CLIENT_SUPPORT", "CLIENTS", true));

        assertThat(orders.find(orderId)).contains(new OrderFacts(orderId, "CLIENT_SUPPORT", "CLIENTS", true));
        assertThat(orders.find("order-" + UUID.randomUUID())).isEmpty();
    }

    private static MongoCollection<Document> collection() {
        return database.getCollection(MongoFeedbackTaskRepository.COLLECTION);
    }

    private static Document document(FeedbackTask task) {
        return collection().find(eq("_id", task.id().value())).first();
    }
}
