package fi.kokemus.feedback.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import fi.kokemus.feedback.application.port.out.ConcurrentTaskUpdate;
import fi.kokemus.feedback.application.port.out.ExpertTaskErasures;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.platform.outbox.ConcurrentUpdateException;
import fi.kokemus.platform.outbox.MongoAggregateStore;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Repository;

/** Erases experts from the task documents: the whole document is replaced and its unpublished events dropped. */
@Repository
public class MongoExpertTaskErasures implements ExpertTaskErasures {

    static final String EXPERT_ID = "expertId";

    private final MongoAggregateStore store;

    public MongoExpertTaskErasures(MongoDatabase database) {
        var collection = database.getCollection(MongoFeedbackTaskRepository.COLLECTION);
        collection.createIndex(Indexes.ascending(EXPERT_ID));
        this.store = new MongoAggregateStore(collection);
    }

    @Override
    public List<FeedbackTask> findByExpert(String expertId) {
        return store.collection().find(eq(EXPERT_ID, expertId)).map(FeedbackTaskDocuments::fromDocument)
                .into(new ArrayList<>());
    }

    @Override
    public void replaceErased(FeedbackTask erased) {
        try {
            store.replaceDiscardingUnpublished(erased.id().value(), erased.version(),
                    FeedbackTaskDocuments.toDocument(erased), List.of());
        } catch (ConcurrentUpdateException e) {
            throw new ConcurrentTaskUpdate(erased.id());
        }
    }
}
