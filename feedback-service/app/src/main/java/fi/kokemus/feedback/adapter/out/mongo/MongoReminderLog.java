package fi.kokemus.feedback.adapter.out.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import fi.kokemus.feedback.application.port.out.ReminderLog;
import fi.kokemus.feedback.domain.FeedbackReminder;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.TaskId;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** One document per reminder ({@code _id} = its key): no address and no link, only that it went and to how many. */
@Repository
public class MongoReminderLog implements ReminderLog {

    public static final String COLLECTION = "feedback_reminders";

    private final MongoCollection<Document> collection;

    public MongoReminderLog(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    @Override
    public int lastSent(TaskId taskId, Respondent respondent) {
        return Optional.ofNullable(collection.find(and(eq("taskId", taskId.value()), eq("respondent", respondent.name())))
                        .sort(Sorts.descending("number")).first())
                .map(document -> document.getInteger("number"))
                .orElse(0);
    }

    @Override
    public boolean claim(FeedbackReminder reminder, Instant at) {
        try {
            collection.insertOne(new Document("_id", reminder.key())
                    .append("taskId", reminder.taskId().value())
                    .append("respondent", reminder.respondent().name())
                    .append("number", reminder.number())
                    .append("claimedAt", Date.from(at)));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void delivered(FeedbackReminder reminder, int recipients) {
        collection.updateOne(eq("_id", reminder.key()), Updates.set("recipients", recipients));
    }

    @Override
    public void release(FeedbackReminder reminder) {
        collection.deleteOne(eq("_id", reminder.key()));
    }
}
