package fi.kokemus.fee.adapter.out.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import fi.kokemus.platform.test.InMemoryMongo;

/** A fresh database on the shared wire server for each adapter test. */
final class MongoTestDatabase {

    private static MongoClient client;

    private MongoTestDatabase() {
    }

    static synchronized MongoDatabase fresh(String name) {
        if (client == null) {
            client = MongoClients.create(InMemoryMongo.connectionString());
        }
        MongoDatabase database = client.getDatabase(name);
        database.drop();
        return database;
    }
}
