package fi.kokemus.feedback.adapter.out.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.size;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import fi.kokemus.feedback.application.port.out.ReminderCandidates;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.ReminderPolicy;
import fi.kokemus.feedback.domain.Respondent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Repository;

@Repository
public class MongoReminderCandidates implements ReminderCandidates {

    private final MongoCollection<Document> tasks;

    public MongoReminderCandidates(MongoDatabase database) {
        this.tasks = database.getCollection(MongoFeedbackTaskRepository.COLLECTION);
    }

    @Override
    public List<FeedbackTask> withOpenPersonalRequests(Instant now) {
        List<String> reminded = ReminderPolicy.REMINDED.stream().map(Respondent::name).sorted().toList();
        return tasks.find(elemMatch("requests", and(in("respondent", reminded), eq("closed", false),
                        size("answers", 0), gt("expiresAt", Date.from(now)))))
                .map(FeedbackTaskDocuments::fromDocument)
                .into(new ArrayList<>());
    }
}
