package fi.kokemus.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import fi.kokemus.ordering.contract.AssignmentCancelled;
import fi.kokemus.ordering.contract.AssignmentChanged;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.platform.events.EventContract;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.test.TestConsumers;
import fi.kokemus.registry.adapter.out.mongo.MongoContactDisclosures;
import fi.kokemus.registry.adapter.out.mongo.MongoExpertRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The whole service against a real Kafka broker and MongoDB (each subclass says which): ordering's
 * acceptances reach the expert's document as a recent assignment count, once per assignment, and a
 * cancellation takes the assignment out again.
 */
@SpringBootTest(properties = "spring.mongodb.database=registry-assignment-workload-it")
// Closes the listeners before the JVM-wide broker goes down.
@DirtiesContext
abstract class AssignmentWorkloadIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String ORDER_ID = "order-" + UUID.randomUUID();

    @Autowired
    private MongoDatabase database;
    @Autowired
    private KafkaTemplate<String, String> kafka;
    @Autowired
    private EventWriter writer;
    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    @Test
    void anAcceptanceDeliveredTwiceCountsOnce() {
        String aino = anExpertInTheRegistry();
        String olli = anExpertInTheRegistry();
        String acceptance = accepted(aino, "assignment-" + UUID.randomUUID());

        publish(acceptance);
        publish(acceptance);
        // Same key, same partition: once this later acceptance is counted, both copies were handled.
        publish(accepted(olli, "assignment-" + UUID.randomUUID()));
        await().atMost(PATIENCE).until(() -> recentCount(olli) == 1);

        assertThat(recentCount(aino)).isEqualTo(1);
        assertThat(experts().find(new Document("_id", aino)).first().get("version", Number.class).longValue())
                .isEqualTo(1);
    }

    @Test
    void anExpertsCancellationTakesTheAssignmentOutOfTheCountAndEndsTheDisclosure() {
        String aino = anExpertInTheRegistry();
        String assignmentId = "assignment-" + UUID.randomUUID();
        publish(accepted(aino, assignmentId));
        await().atMost(PATIENCE).until(() -> recentCount(aino) == 1 && disclosures(aino) == 1);

        var cancelled = new AssignmentCancelled(ORDER_ID, assignmentId, aino, "aino.t", "keski-pohjanmaa",
                "soite-mental-health-unit", "ILLNESS", "aino.t", Instant.now(), List.of());
        publish(writer.write(OrderingEvents.ASSIGNMENT_CANCELLED, ORDER_ID, "keski-pohjanmaa", cancelled).payload());

        await().atMost(PATIENCE).until(() -> recentCount(aino) == 0 && disclosures(aino) == 0);
    }

    @Test
    void anUnreadableMessageIsParkedOnTheDeadLetterTopic() {
        String poison = "{\"not an event\": \"" + UUID.randomUUID() + "\"}";
        try (Consumer<String, String> deadLetters = TestConsumers.fromBeginning(bootstrapServers,
                EventContract.deadLetterTopicOf(OrderingEvents.TOPIC))) {
            List<String> parked = new ArrayList<>();

            kafka.send(OrderingEvents.TOPIC, ORDER_ID, poison).join();

            await().atMost(PATIENCE).until(() -> {
                KafkaTestUtils.getRecords(deadLetters, Duration.ofMillis(500)).forEach(record -> parked.add(record.value()));
                return parked.contains(poison);
            });
        }
    }

    private String anExpertInTheRegistry() {
        String expertId = UUID.randomUUID().toString();
        experts().insertOne(new Document("_id", expertId).append("version", 1L));
        return expertId;
    }

    private String accepted(String expertId, String assignmentId) {
        Instant startsAt = Instant.now().plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.HOURS);
        var change = new AssignmentChanged(ORDER_ID, assignmentId, expertId, "aino.t", "keski-pohjanmaa",
                "soite-mental-health-unit", startsAt);
        return writer.write(OrderingEvents.ASSIGNMENT_ACCEPTED, ORDER_ID, "keski-pohjanmaa", change).payload();
    }

    private void publish(String envelope) {
        kafka.send(OrderingEvents.TOPIC, ORDER_ID, envelope).join();
    }

    private int recentCount(String expertId) {
        Document workload = experts().find(new Document("_id", expertId)).first().get("workload", Document.class);
        return workload == null ? 0 : workload.getInteger("recentCount");
    }

    private long disclosures(String expertId) {
        return database.getCollection(MongoContactDisclosures.COLLECTION).countDocuments(new Document("expertId", expertId));
    }

    private MongoCollection<Document> experts() {
        return database.getCollection(MongoExpertRepository.COLLECTION);
    }
}
