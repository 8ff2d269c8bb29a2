package fi.kokemus.registry.adapter.out.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import fi.kokemus.platform.test.InMemoryMongo;
import java.util.UUID;

/** A database of its own on the shared wire server for each adapter test. */
final class MongoTestDatabase {

    private static MongoClient client;

    private MongoTestDatabase() {
    }

    static synchronized MongoDatabase fresh() {
        if (client == null) {
            client = MongoClients.create(InMemoryMongo.connectionString());
        }
        return client.getDatabase("registry-" + UUID.randomUUID());
    }
}
