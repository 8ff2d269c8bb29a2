package fi.kokemus.deploy.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.changestream.OperationType;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBackedMongoServerTest {

    @TempDir
    Path dataDir;

    @Test
    void documentsWrittenBeforeAStopAreReadAfterTheNextStart() throws Exception {
        withServer(db -> db.getCollection("experts").insertMany(List.of(
                new Document("_id", "e-1").append("username", "expert.soite").append("version", 3),
                new Document("_id", "e-2").append("username", "expert.itu").append("version", 1))));

        withServer(db -> assertThat(db.getCollection("experts").find(new Document("version", 3)).first())
                .isEqualTo(new Document("_id", "e-1").append("username", "expert.soite").append("version", 3)));
    }

    @Test
    void compoundUniqueIndexStillRejectsDuplicatesAfterRestart() throws Exception {
        withServer(db -> {
            MongoCollection<Document> fees = db.getCollection("fees");
            fees.createIndex(Indexes.ascending("county", "taskId"), new IndexOptions().unique(true));
            fees.insertOne(new Document("county", "keski-pohjanmaa").append("taskId", "t-1"));
        });

        withServer(db -> {
            MongoCollection<Document> fees = db.getCollection("fees");
            fees.insertOne(new Document("county", "ita-uusimaa").append("taskId", "t-1"));
            assertThatThrownBy(() -> fees.insertOne(new Document("county", "keski-pohjanmaa").append("taskId", "t-1")))
                    .isInstanceOfSatisfying(MongoWriteException.class, e ->
                            assertThat(ErrorCategory.fromErrorCode(e.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY));
            assertThat(fees.countDocuments()).isEqualTo(2);
        });
    }

    @Test
    void changeStreamSeesInserts() throws Exception {
        withServer(db -> {
            MongoCollection<Document> orders = db.getCollection("orders");
            try (var changes = orders.watch().cursor()) {
                orders.insertOne(new Document("_id", "o-1").append("status", "PLACED"));
                var change = changes.next();
                assertThat(change.getOperationType()).isEqualTo(OperationType.INSERT);
                assertThat(change.getFullDocument()).containsEntry("status", "PLACED");
            }
        });
    }

    @Test
    void startRewritesTheStoreFileDownToItsLiveDataAndKeepsEveryDocument() throws Exception {
        withServer(db -> {
            MongoCollection<Document> events = db.getCollection("events");
            for (int i = 0; i < 300; i++) {
                events.insertOne(new Document("_id", i).append("payload", "x".repeat(200)));
            }
        });
        long sizeAfterWrites = Files.size(storeFile());

        withServer(db -> assertThat(db.getCollection("events").countDocuments()).isEqualTo(300));

        assertThat(Files.size(storeFile())).isLessThan(sizeAfterWrites / 2);
    }

    private Path storeFile() {
        return dataDir.resolve(FileBackedMongoServer.STORE_FILE);
    }

    private void withServer(Consumer<MongoDatabase> work) throws Exception {
        try (var server = FileBackedMongoServer.start(new MongoServerOptions(dataDir, "127.0.0.1", 0));
             MongoClient client = MongoClients.create(server.connectionString())) {
            work.accept(client.getDatabase("probe"));
        }
    }
}
