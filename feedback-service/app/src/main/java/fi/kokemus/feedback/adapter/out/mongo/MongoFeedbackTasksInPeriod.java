package fi.kokemus.feedback.adapter.out.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import fi.kokemus.feedback.application.port.out.followup.FeedbackTasksInPeriod;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.followup.ReportPeriod;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** Reads feedback tasks by county and session start, for the follow-up's feedback summary. */
@Repository
public class MongoFeedbackTasksInPeriod implements FeedbackTasksInPeriod {

    private final MongoCollection<Document> collection;

    public MongoFeedbackTasksInPeriod(MongoDatabase database) {
        this.collection = database.getCollection(MongoFeedbackTaskRepository.COLLECTION);
        collection.createIndex(Indexes.ascending("county", "startsAt"));
    }

    @Override
    public List<FeedbackTask> findInCounty(String county, ReportPeriod period) {
        return collection.find(and(eq("county", county), gte("startsAt", Date.from(period.starts())),
                        lt("startsAt", Date.from(period.ends()))))
                .sort(Sorts.ascending("_id"))
                .map(FeedbackTaskDocuments::fromDocument)
                .into(new ArrayList<>());
    }
}
