package fi.kokemus.ordering.adapter.out.mongo.notification;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import fi.kokemus.ordering.notification.ExpertAgenda;
import fi.kokemus.ordering.notification.ExpertAgendaContract;
import fi.kokemus.platform.test.InMemoryMongo;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class MongoExpertAgendaTest extends ExpertAgendaContract {

    private static MongoClient client;

    private final ExpertAgenda agenda = new MongoExpertAgenda(client.getDatabase("agenda-" + UUID.randomUUID()));

    @BeforeAll
    static void connect() {
        client = MongoClients.create(InMemoryMongo.connectionString());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Override
    protected ExpertAgenda agenda() {
        return agenda;
    }
}
