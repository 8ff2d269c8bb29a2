package fi.kokemus.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.kokemus.fee.application.port.out.FeeLineRepository;
import fi.kokemus.fee.application.port.out.TaxCardRepository;
import fi.kokemus.fee.contract.FeeApproved;
import fi.kokemus.fee.contract.FeeEvents;
import fi.kokemus.fee.domain.FeeBasis;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.fee.domain.FeeLineState;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.platform.events.EventEnvelope;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.OutboxMessage;
import fi.kokemus.platform.test.TestConsumers;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * The service as it runs: ordering's approvals arrive on a real broker, fee lines land in MongoDB
 * and the finance feed is read back from the broker. Each subclass says which broker and MongoDB.
 */
@SpringBootTest(properties = "spring.mongodb.database=fee-integration-test")
// Closes the listeners before the broker, instead of racing it in the JVM's shutdown hooks.
@DirtiesContext
abstract class FeeServiceIntegrationTest {

    private static final String ORDER = "order-aino-lecture";
    private static final String DEAD_LETTERS = OrderingEvents.WORK_APPROVED.deadLetterTopic();

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;
    @Autowired
    private KafkaTemplate<String, String> kafka;
    @Autowired
    private EventWriter writer;
    @Autowired
    private EventReader reader;
    @Autowired
    private FeeLineRepository feeLines;
    @Autowired
    private TaxCardRepository taxCards;

    private Consumer<String, String> finance;
    private Consumer<String, String> deadLetters;
    private final List<EventEnvelope<JsonNode>> feeEvents = new ArrayList<>();

    @BeforeEach
    void subscribe() {
        finance = TestConsumers.fromBeginning(bootstrapServers, FeeEvents.TOPIC);
        deadLetters = TestConsumers.fromBeginning(bootstrapServers, DEAD_LETTERS);
    }

    @AfterEach
    void close() {
        finance.close();
        deadLetters.close();
    }

    @Test
    void settlesEachSessionOnceHoweverOftenItsFactsArriveAndParksWhatItCannotRead() throws Exception {
        OutboxMessage approval = writer.write(OrderingEvents.WORK_APPROVED, ORDER, OrderingFacts.SOITE,
                OrderingFacts.approval(ORDER, "assignment-lecture", "s1", "LECTURE_REGIONAL", 1));
        send(approval.payload());

        await().atMost(30, TimeUnit.SECONDS).until(() -> feesFor("assignment-lecture").size() == 1);
        EventEnvelope<JsonNode> envelope = feesFor("assignment-lecture").get(0);
        FeeApproved fee = reader.data(envelope, FeeEvents.FEE_APPROVED);
        assertThat(fee.grossCents()).isEqualTo(7500);
        assertThat(fee.currency()).isEqualTo("EUR");
        assertThat(fee.feeLineId()).isEqualTo("fee-assignment-lecture.s1");
        assertThat(fee.sessionId()).isEqualTo("s1");
        assertThat(fee.earningDate()).isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(fee.tariffRule()).isEqualTo("keski-pohjanmaa/LECTURE_REGIONAL/per-occasion@2024-01-01");
        assertThat(fee.incomeType()).isEqualTo("LECTURE_FEE");
        assertThat(fee.costCentre()).isEqualTo("KP-4100");
        // no tax card yet: 60 %, and finance is asked to get one for the year it is paid in
        assertThat(fee.withholdingCents()).isEqualTo(4500);
        assertThat(fee.netCents()).isEqualTo(3000);
        int taxYear = feeLines.find(new FeeLineId("fee-assignment-lecture.s1")).orElseThrow().taxYear();
        assertThat(taxCards.requestsOf(taxYear)).extracting(request -> request.expertId())
                .containsExactly("expert-aino-testinen");
        assertThat(envelope.source()).isEqualTo("fee-service");
        assertThat(envelope.traceId()).isEqualTo(reader.read(approval.payload()).traceId());

        // Redelivery, a duplicate under a new envelope id, a late cancellation of the same session,
        // an expert's illness and the later approval of the same session, and a message nobody can read...
        send(approval.payload());
        send(writer.write(OrderingEvents.WORK_APPROVED, ORDER, OrderingFacts.SOITE,
                OrderingFacts.approval(ORDER, "assignment-lecture", "s1", "LECTURE_REGIONAL", 1)).payload());
        send(writer.write(OrderingEvents.ORDER_CANCELLED, ORDER, OrderingFacts.SOITE,
                OrderingFacts.cancellation(ORDER, "assignment-lecture", "s1", OrderingFacts.MONDAY_NOON)).payload());
        send(writer.write(OrderingEvents.ASSIGNMENT_CANCELLED, ORDER, OrderingFacts.SOITE,
                OrderingFacts.illness(ORDER, "assignment-ill", "s1")).payload());
        send(writer.write(OrderingEvents.WORK_APPROVED, ORDER, OrderingFacts.SOITE,
                OrderingFacts.approval(ORDER, "assignment-ill", "s1", "LECTURE_REGIONAL", 1)).payload());
        send("{\"this is\": \"not an event\"");
        // ...then a new approval on the same partition: once it is priced, everything before it was handled.
        send(writer.write(OrderingEvents.WORK_APPROVED, ORDER, OrderingFacts.SOITE,
                OrderingFacts.approval(ORDER, "assignment-support", "s1", "CLIENT_SUPPORT", 1)).payload());

        await().atMost(30, TimeUnit.SECONDS).until(() -> feesFor("assignment-support").size() == 1);
        assertThat(feesFor("assignment-lecture")).hasSize(1);
        assertThat(feesFor("assignment-ill")).isEmpty();
        assertThat(feeLines.find(FeeLineId.of("assignment-ill", "s1")).orElseThrow().basis())
                .isEqualTo(FeeBasis.EXPERT_ILL);
        assertThat(reader.data(feesFor("assignment-support").get(0), FeeEvents.FEE_APPROVED).grossCents())
                .isEqualTo(3000);
        assertThat(feeLines.find(FeeLineId.of("assignment-lecture", "s1")).orElseThrow().state())
                .isEqualTo(FeeLineState.PRICED);
        ConsumerRecord<String, String> parked = KafkaTestUtils.getSingleRecord(deadLetters, DEAD_LETTERS,
                Duration.ofSeconds(30));
        assertThat(parked.value()).isEqualTo("{\"this is\": \"not an event\"");
    }

    private void send(String payload) throws Exception {
        kafka.send(OrderingEvents.TOPIC, ORDER, payload).get(10, TimeUnit.SECONDS);
    }

    private List<EventEnvelope<JsonNode>> feesFor(String assignmentId) {
        for (ConsumerRecord<String, String> record : finance.poll(Duration.ofMillis(200))) {
            feeEvents.add(reader.read(record.value()));
        }
        return feeEvents.stream()
                .filter(envelope -> envelope.type().equals(FeeEvents.FEE_APPROVED.type()))
                .filter(envelope -> reader.data(envelope, FeeEvents.FEE_APPROVED).assignmentId().equals(assignmentId))
                .toList();
    }
}
