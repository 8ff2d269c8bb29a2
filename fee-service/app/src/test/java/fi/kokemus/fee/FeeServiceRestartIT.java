package fi.kokemus.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import fi.kokemus.fee.contract.FeeApproved;
import fi.kokemus.fee.contract.FeeEvents;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.ordering.contract.WorkApproved;
import fi.kokemus.platform.events.EventEnvelope;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.MongoAggregateStore;
import fi.kokemus.platform.outbox.OutboxMessage;
import fi.kokemus.platform.test.EmbeddedInfrastructure;
import fi.kokemus.platform.test.TestConsumers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 5's exactly-once effect against a real process death: the packaged fee-service is SIGKILLed
 * while it works through a stream of approvals (with redeliveries and duplicates), a new one takes
 * over from the committed offsets, and still each payable session has exactly one fee line and
 * exactly one {@code fee.fee-approved} event. The broker and MongoDB live in this JVM, so they
 * outlive the killed service.
 */
class FeeServiceRestartIT {

    private static final int SESSIONS = 400;
    /** Every tenth approval arrives twice more: redelivered as is, and repeated in a new envelope. */
    private static final int REPEATED_EVERY = 10;
    private static final int KILL_AFTER_LINES = 40;
    private static final String FEE_SERVICE_GROUP = "fee-service";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path LOGS = Path.of("target", "fee-service-restart");

    private final EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.get();
    private final EventWriter ordering = new EventWriter("ordering-service", JSON, Clock.systemUTC());
    private final EventReader reader = new EventReader(JSON);
    private final String database = "fee-restart-" + UUID.randomUUID();
    private final List<FeeServiceProcess> started = new ArrayList<>();
    private MongoClient mongo;
    private Admin admin;

    @BeforeEach
    void connect() {
        infrastructure.createTopic(OrderingEvents.TOPIC, 3);
        mongo = MongoClients.create(infrastructure.mongoUri());
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()));
    }

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (FeeServiceProcess service : started) {
            service.stop();
        }
        admin.close();
        mongo.close();
    }

    @Test
    void aServiceKilledMidStreamAndRestartedPaysEverySessionExactlyOnce() throws Exception {
        Set<String> expectedLines = publishApprovalsWithRepeats();
        MongoCollection<Document> lines = mongo.getDatabase(database).getCollection("fee_lines");

        FeeServiceProcess first = start("first");
        await().atMost(90, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(20))
                .until(() -> !first.isAlive() || lines.countDocuments() >= KILL_AFTER_LINES);
        first.kill();
        long recordedBeforeKill = lines.countDocuments();
        long committedBeforeKill = committedOffsets().values().stream().mapToLong(Long::longValue).sum();
        assertThat(recordedBeforeKill).as("killed while working, not before or after")
                .isBetween((long) KILL_AFTER_LINES, (long) SESSIONS - 1);
        assertThat(committedBeforeKill).as("approvals already settled but not yet committed, so read again")
                .isLessThan(recordedBeforeKill);

        start("second");
        await().atMost(90, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(500))
                .until(() -> committedOffsets().equals(endOffsets()) && outboxIsEmpty(lines));

        assertThat(lines.find().map(line -> line.getString("_id")).into(new ArrayList<>()))
                .as("one line per session: none lost, none twice").hasSize(SESSIONS)
                .containsExactlyInAnyOrderElementsOf(expectedLines);
        assertThat(lines.countDocuments(Filters.and(Filters.eq("state", "PRICED"), Filters.eq("grossCents", 3000))))
                .isEqualTo(SESSIONS);
        assertExactlyOneApprovalPerLine(expectedLines);
    }

    /**
     * The outbox relay publishes at least once (a kill between the send and the outbox update sends
     * again, with the same event id), so the feed may hold an event twice; finance drops a repeat by
     * its event id. What must never happen is a second event, under a new id, for the same line.
     */
    private void assertExactlyOneApprovalPerLine(Set<String> expectedLines) {
        Map<String, Set<String>> eventIdsByLine = new HashMap<>();
        try (Consumer<String, String> finance =
                TestConsumers.fromBeginning(infrastructure.kafkaBootstrapServers(), FeeEvents.TOPIC)) {
            await().atMost(30, TimeUnit.SECONDS).until(() -> {
                for (ConsumerRecord<String, String> record : finance.poll(Duration.ofMillis(500))) {
                    EventEnvelope<JsonNode> event = reader.read(record.value());
                    FeeApproved fee = reader.data(event, FeeEvents.FEE_APPROVED);
                    if (expectedLines.contains(fee.feeLineId())) {
                        assertThat(event.type()).isEqualTo(FeeEvents.FEE_APPROVED.type());
                        assertThat(record.key()).isEqualTo(fee.feeLineId());
                        eventIdsByLine.computeIfAbsent(fee.feeLineId(), line -> new HashSet<>())
                                .add(event.id());
                    }
                }
                return eventIdsByLine.keySet().equals(expectedLines);
            });
        }
        assertThat(eventIdsByLine.entrySet()).allSatisfy(line ->
                assertThat(line.getValue()).as("event ids announcing %s", line.getKey()).hasSize(1));
    }

    private Set<String> publishApprovalsWithRepeats() throws Exception {
        try (Producer<String, String> producer = new KafkaProducer<>(
                KafkaTestUtils.producerProps(infrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            for (int session = 0; session < SESSIONS; session++) {
                WorkApproved work = approval(session);
                OutboxMessage approval = approvalMessage(work);
                send(producer, approval);
                if (session % REPEATED_EVERY == 0) {
                    send(producer, approval);
                    send(producer, approvalMessage(work));
                }
            }
            producer.flush();
        }
        return IntStream.range(0, SESSIONS).mapToObj(session -> "fee-" + assignment(session) + ".s1")
                .collect(Collectors.toSet());
    }

    private OutboxMessage approvalMessage(WorkApproved work) {
        return ordering.write(OrderingEvents.WORK_APPROVED, work.orderId(), work.county(), work);
    }

    private WorkApproved approval(int session) {
        WorkApproved work = OrderingFacts.approval("order-restart-" + session % 20, assignment(session), "s1",
                "CLIENT_SUPPORT", 1);
        // Many experts, so each one's income (summed for withholding) stays small.
        return new WorkApproved(work.orderId(), work.assignmentId(), "expert-restart-" + session % 50,
                "restart." + session % 50, work.county(), work.unitId(), work.costCentre(), work.role(),
                work.taskType(), work.audience(), work.eventScope(), work.preparationExpected(), work.sessionId(),
                work.startsAt(), work.outcome(), work.participants(), work.occasions(), work.minutesWorked(),
                work.feeWaived(), work.reducedFeeCents(), work.travel(), work.approvedBy(), work.approvedAt());
    }

    private static String assignment(int session) {
        return "restart-assignment-" + session;
    }

    private static void send(Producer<String, String> producer, OutboxMessage message) throws Exception {
        producer.send(new ProducerRecord<>(OrderingEvents.TOPIC, message.key(), message.payload()))
                .get(10, TimeUnit.SECONDS);
    }

    private FeeServiceProcess start(String name) throws Exception {
        FeeServiceProcess service = FeeServiceProcess.start(infrastructure, database, LOGS.resolve(name + ".log"));
        started.add(service);
        return service;
    }

    private Map<TopicPartition, Long> committedOffsets() throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(FEE_SERVICE_GROUP)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        return committed.entrySet().stream()
                .filter(partition -> partition.getKey().topic().equals(OrderingEvents.TOPIC))
                .filter(partition -> partition.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, partition -> partition.getValue().offset()));
    }

    private Map<TopicPartition, Long> endOffsets() throws Exception {
        Map<TopicPartition, OffsetSpec> latest = IntStream.range(0, 3)
                .mapToObj(partition -> new TopicPartition(OrderingEvents.TOPIC, partition))
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, partition -> partition.getValue().offset()));
    }

    private static boolean outboxIsEmpty(MongoCollection<Document> lines) {
        return lines.countDocuments(Filters.exists(MongoAggregateStore.OUTBOX_PENDING)) == 0;
    }
}
