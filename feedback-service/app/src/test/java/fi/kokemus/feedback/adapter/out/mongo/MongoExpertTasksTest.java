package fi.kokemus.feedback.adapter.out.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import fi.kokemus.feedback.application.port.out.ExpertTasks;
import fi.kokemus.feedback.application.port.out.ExpertTasksContract;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.test.InMemoryMongo;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.json.JsonMapper;

class MongoExpertTasksTest extends ExpertTasksContract {

    private static MongoClient client;
    private static MongoFeedbackTaskRepository tasks;
    private static MongoExpertTasks expertTasks;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(InMemoryMongo.connectionString());
        MongoDatabase database = client.getDatabase("feedback-expert-tasks-test");
        tasks = new MongoFeedbackTaskRepository(database,
                new EventWriter("feedback-service", JsonMapper.builder().build(), Clock.systemUTC()));
        expertTasks = new MongoExpertTasks(database);
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Override
    protected FeedbackTaskRepository tasks() {
        return tasks;
    }

    @Override
    protected ExpertTasks expertTasks() {
        return expertTasks;
    }
}
