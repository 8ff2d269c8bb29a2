package fi.kokemus.feedback.adapter.out.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import fi.kokemus.feedback.application.port.out.ExpertTasks;
import fi.kokemus.feedback.domain.FeedbackTask;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** Reads the feedback tasks' documents by the expert's login name. */
@Repository
public class MongoExpertTasks implements ExpertTasks {

    private static final String EXPERT_USERNAME = "expertUsername";
    private static final String STARTS_AT = "startsAt";

    private final MongoCollection<Document> collection;

    public MongoExpertTasks(MongoDatabase database) {
        this.collection = database.getCollection(MongoFeedbackTaskRepository.COLLECTION);
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending(EXPERT_USERNAME), Indexes.descending(STARTS_AT)));
    }

    @Override
    public List<FeedbackTask> page(String expertUsername, int page, int size) {
        return collection.find(eq(EXPERT_USERNAME, expertUsername))
                .sort(Sorts.orderBy(Sorts.descending(STARTS_AT), Sorts.ascending("_id")))
                .skip(page * size).limit(size)
                .map(FeedbackTaskDocuments::fromDocument).into(new ArrayList<>());
    }

    @Override
    public long count(String expertUsername) {
        return collection.countDocuments(eq(EXPERT_USERNAME, expertUsername));
    }

    @Override
    public List<FeedbackTask> clientWork(String expertUsername) {
        return collection.find(and(eq(EXPERT_USERNAME, expertUsername), eq("clientWork", true)))
                .map(FeedbackTaskDocuments::fromDocument).into(new ArrayList<>());
    }
}
