package fi.kokemus.feedback.adapter.out.mongo.followup;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import fi.kokemus.feedback.application.port.out.followup.FollowUpTaskRepository;
import fi.kokemus.feedback.domain.followup.FollowUpTask;
import fi.kokemus.feedback.domain.followup.ReportPeriod;
import fi.kokemus.feedback.domain.followup.TaskStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** One document per expert and session; dates as ISO strings, which sort and compare as dates. */
@Repository
public class MongoFollowUpTaskRepository implements FollowUpTaskRepository {

    public static final String COLLECTION = "followup_tasks";

    private final MongoCollection<Document> collection;

    public MongoFollowUpTaskRepository(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
        collection.createIndex(Indexes.ascending("county", "date"));
    }

    @Override
    public void pseudonymise(String expertId, String pseudonym) {
        collection.updateMany(eq("expertId", expertId), Updates.set("expertId", pseudonym));
    }

    @Override
    public Optional<FollowUpTask> find(String key) {
        return Optional.ofNullable(collection.find(eq("_id", key)).first()).map(MongoFollowUpTaskRepository::taskOf);
    }

    @Override
    public void save(FollowUpTask task) {
        collection.replaceOne(eq("_id", task.key()), new Document("_id", task.key())
                .append("county", task.county())
                .append("expertId", task.expertId())
                .append("taskType", task.taskType())
                .append("audience", task.audience())
                .append("mode", task.mode())
                .append("date", task.date().toString())
                .append("status", task.status().name())
                .append("participants", task.participants()), new ReplaceOptions().upsert(true));
    }

    @Override
    public List<FollowUpTask> findInCounty(String county, ReportPeriod period) {
        return collection.find(and(eq("county", county), gte("date", period.from().toString()),
                        lte("date", period.to().toString())))
                .sort(Sorts.ascending("_id"))
                .map(MongoFollowUpTaskRepository::taskOf)
                .into(new ArrayList<>());
    }

    private static FollowUpTask taskOf(Document document) {
        return new FollowUpTask(document.getString("_id"), document.getString("county"),
                document.getString("expertId"), document.getString("taskType"), document.getString("audience"),
                document.getString("mode"), LocalDate.parse(document.getString("date")),
                TaskStatus.valueOf(document.getString("status")), document.getInteger("participants", 0));
    }
}
