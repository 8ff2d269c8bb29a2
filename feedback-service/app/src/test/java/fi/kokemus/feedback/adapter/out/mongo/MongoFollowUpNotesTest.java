package fi.kokemus.feedback.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import fi.kokemus.feedback.application.port.out.FollowUpNotes;
import fi.kokemus.feedback.application.port.out.FollowUpNotesContract;
import fi.kokemus.feedback.domain.FollowUpNote;
import fi.kokemus.feedback.domain.NoteLanguage;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.platform.test.InMemoryMongo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MongoFollowUpNotesTest extends FollowUpNotesContract {

    private static MongoClient client;
    private static MongoDatabase database;
    private static MongoFollowUpNotes notes;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(InMemoryMongo.connectionString());
        database = client.getDatabase("feedback-follow-ups-test");
        notes = new MongoFollowUpNotes(database);
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Override
    protected FollowUpNotes notes() {
        return notes;
    }

    @Test
    void aTaskHasOneDocumentWithTheLatestWordingOnly() {
        TaskId taskId = new TaskId("task-a-history--s-1");
        Instant first = Instant.parse("2026-04-02T07:30:00Z");
        notes.save(new FollowUpNote(taskId, Map.of(NoteLanguage.FI, "Vanha"), "orderer.soite", first, 1));
        notes.save(new FollowUpNote(taskId, Map.of(NoteLanguage.FI, "Uusi"), "orderer.soite", first.plusSeconds(60), 2));

        List<Document> documents = database.getCollection(MongoFollowUpNotes.COLLECTION).find(eq("_id", taskId.value()))
                .into(new ArrayList<>());

        assertThat(documents).singleElement().satisfies(document -> {
            assertThat(document.get("texts", Document.class)).isEqualTo(new Document("fi", "Uusi"));
            assertThat(document.getInteger("revision")).isEqualTo(2);
            assertThat(document.toJson()).doesNotContain("Vanha");
        });
    }
}
