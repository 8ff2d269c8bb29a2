package fi.kokemus.feedback.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import fi.kokemus.feedback.application.port.out.FollowUpNotes;
import fi.kokemus.feedback.domain.FollowUpNote;
import fi.kokemus.feedback.domain.NoteLanguage;
import fi.kokemus.feedback.domain.TaskId;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** One document per task that has a note, keyed by the task's id; a new wording replaces the old. */
@Repository
public class MongoFollowUpNotes implements FollowUpNotes {

    public static final String COLLECTION = "feedback_follow_ups";

    private final MongoCollection<Document> collection;

    public MongoFollowUpNotes(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    @Override
    public void save(FollowUpNote note) {
        Document texts = new Document();
        note.texts().forEach((language, text) -> texts.append(language.code(), text));
        collection.replaceOne(eq("_id", note.taskId().value()), new Document("_id", note.taskId().value())
                .append("texts", texts)
                .append("recordedBy", note.recordedBy())
                .append("recordedAt", Date.from(note.recordedAt()))
                .append("revision", note.revision()), new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<FollowUpNote> find(TaskId taskId) {
        return Optional.ofNullable(collection.find(eq("_id", taskId.value())).first()).map(MongoFollowUpNotes::noteOf);
    }

    @Override
    public Map<TaskId, FollowUpNote> findAll(Collection<TaskId> taskIds) {
        Map<TaskId, FollowUpNote> found = new HashMap<>();
        collection.find(in("_id", taskIds.stream().map(TaskId::value).toList()))
                .map(MongoFollowUpNotes::noteOf)
                .forEach(note -> found.put(note.taskId(), note));
        return found;
    }

    private static FollowUpNote noteOf(Document document) {
        Map<NoteLanguage, String> texts = new EnumMap<>(NoteLanguage.class);
        document.get("texts", Document.class).forEach((code, text) ->
                NoteLanguage.ofCode(code).ifPresent(language -> texts.put(language, (String) text)));
        return new FollowUpNote(new TaskId(document.getString("_id")), texts, document.getString("recordedBy"),
                document.getDate("recordedAt").toInstant(), document.getInteger("revision"));
    }
}
