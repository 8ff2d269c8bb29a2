package fi.kokemus.feedback.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import fi.kokemus.feedback.application.port.out.ConcurrentTaskUpdate;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.contract.FeedbackEvents;
import fi.kokemus.feedback.contract.FeedbackRequestsOpened;
import fi.kokemus.feedback.domain.AnswerRecorded;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.RequestsOpened;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.feedback.domain.TokenHash;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.ConcurrentUpdateException;
import fi.kokemus.platform.outbox.DuplicateAggregateException;
import fi.kokemus.platform.outbox.MongoAggregateStore;
import fi.kokemus.platform.outbox.OutboxMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

@Repository
public class MongoFeedbackTaskRepository implements FeedbackTaskRepository {

    public static final String COLLECTION = "feedback_tasks";

    private final MongoAggregateStore store;
    private final EventWriter events;
    private final AnswerEvents answerEvents;

    public MongoFeedbackTaskRepository(MongoDatabase database, EventWriter events) {
        var collection = database.getCollection(COLLECTION);
        collection.createIndex(Indexes.ascending(FeedbackTaskDocuments.ORDER_ID));
        collection.createIndex(Indexes.ascending(FeedbackTaskDocuments.TOKEN_HASH_PATH));
        this.store = new MongoAggregateStore(collection);
        this.events = events;
        this.answerEvents = new AnswerEvents(events);
    }

    @Override
    public boolean addIfAbsent(FeedbackTask task, Optional<RequestsOpened> opened) {
        try {
            store.insert(FeedbackTaskDocuments.toDocument(task), messages(opened));
            return true;
        } catch (DuplicateAggregateException alreadyOpened) {
            return false;
        }
    }

    @Override
    public void update(FeedbackTask task, Optional<RequestsOpened> opened) {
        try {
            store.update(task.id().value(), task.version(), FeedbackTaskDocuments.toDocument(task), messages(opened));
        } catch (ConcurrentUpdateException e) {
            throw new ConcurrentTaskUpdate(task.id());
        }
    }

    @Override
    public void recordAnswer(AnswerRecorded recorded) {
        FeedbackTask task = recorded.task();
        try {
            store.update(task.id().value(), task.version(), FeedbackTaskDocuments.toDocument(task),
                    answerEvents.of(recorded));
        } catch (ConcurrentUpdateException e) {
            throw new ConcurrentTaskUpdate(task.id());
        }
    }

    @Override
    public Optional<FeedbackTask> find(TaskId id) {
        return store.find(id.value()).map(FeedbackTaskDocuments::fromDocument);
    }

    @Override
    public List<FeedbackTask> findByOrder(String orderId) {
        return store.collection().find(eq(FeedbackTaskDocuments.ORDER_ID, orderId)).sort(Sorts.ascending("_id"))
                .map(FeedbackTaskDocuments::fromDocument)
                .into(new ArrayList<>());
    }

    @Override
    public Optional<FeedbackTask> findByTokenHash(TokenHash tokenHash) {
        Document document = store.collection().find(eq(FeedbackTaskDocuments.TOKEN_HASH_PATH, tokenHash.value()))
                .first();
        return Optional.ofNullable(document).map(FeedbackTaskDocuments::fromDocument);
    }

    private List<OutboxMessage> messages(Optional<RequestsOpened> opened) {
        return opened.map(this::message).stream().toList();
    }

    private OutboxMessage message(RequestsOpened opened) {
        List<String> respondents = opened.respondents().stream().sorted().map(Enum::name).toList();
        return events.write(FeedbackEvents.REQUESTS_OPENED, opened.orderId(), opened.county(),
                new FeedbackRequestsOpened(opened.orderId(), opened.expertId(), opened.county(), respondents,
                        opened.taskId().value(), opened.sessionId()));
    }
}
