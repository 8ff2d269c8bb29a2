package fi.kokemus.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.kokemus.fee.application.port.in.CorrectFeeLineUseCase;
import fi.kokemus.fee.application.port.in.FeeDecisionDetails;
import fi.kokemus.fee.application.port.out.FeeLineRepository;
import fi.kokemus.fee.contract.FeeApproved;
import fi.kokemus.fee.contract.FeeEvents;
import fi.kokemus.fee.domain.FeeCorrection;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.events.EventEnvelope;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.OutboxMessage;
import fi.kokemus.platform.test.TestConsumers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * Finance corrects a line ordering's approval priced, in the running service: the finance topic
 * gets the approval, its reversal and the corrected line, each keyed by its line id.
 */
@SpringBootTest(properties = "spring.mongodb.database=fee-correction-integration-test")
@DirtiesContext
abstract class FeeCorrectionIntegrationTest {

    private static final String ORDER = "order-aino-correction";
    private static final String ASSIGNMENT = "assignment-correction";
    private static final FeeLineId LINE = FeeLineId.of(ASSIGNMENT, "s1");
    private static final Actor FINANCE_SOITE =
            new Actor("sub-finance-soite", "finance.soite", Set.of(Role.FINANCE), OrderingFacts.SOITE, null);

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
    private CorrectFeeLineUseCase correctFeeLine;

    @Test
    void aCorrectionReachesFinanceAsAReversalAndANewLine() throws Exception {
        OutboxMessage approval = writer.write(OrderingEvents.WORK_APPROVED, ORDER, OrderingFacts.SOITE,
                OrderingFacts.approval(ORDER, ASSIGNMENT, "s1", "LECTURE_REGIONAL", 1));
        kafka.send(OrderingEvents.TOPIC, ORDER, approval.payload()).get(10, TimeUnit.SECONDS);
        await().atMost(30, TimeUnit.SECONDS).until(() -> feeLines.find(LINE).isPresent());

        correctFeeLine.decide(FINANCE_SOITE, LINE, FeeCorrection.Kind.CORRECTION,
                new FeeDecisionDetails(5000, 0, 0, "A development group, not a regional lecture"));

        Map<String, EventEnvelope<JsonNode>> feed = new LinkedHashMap<>();
        try (Consumer<String, String> finance = TestConsumers.fromBeginning(bootstrapServers, FeeEvents.TOPIC)) {
            await().atMost(30, TimeUnit.SECONDS).until(() -> {
                for (ConsumerRecord<String, String> record : finance.poll(Duration.ofMillis(200))) {
                    if (record.key().startsWith(LINE.value())) {
                        feed.putIfAbsent(record.key(), reader.read(record.value()));
                    }
                }
                return feed.size() == 3;
            });
        }
        assertThat(feed.keySet()).containsExactlyInAnyOrder(LINE.value(), LINE.value() + ".reversal",
                LINE.value() + ".revision-2");
        FeeApproved reversal = reader.data(feed.get(LINE.value() + ".reversal"), FeeEvents.FEE_REVERSED);
        assertThat(feed.get(LINE.value() + ".reversal").type()).isEqualTo("fee.fee-reversed");
        assertThat(reversal.reversesFeeLineId()).isEqualTo(LINE.value());
        assertThat(reversal.grossCents()).isEqualTo(-7500);
        EventEnvelope<JsonNode> corrected = feed.get(LINE.value() + ".revision-2");
        assertThat(corrected.type()).isEqualTo("fee.fee-approved");
        FeeApproved replacement = reader.data(corrected, FeeEvents.FEE_APPROVED);
        assertThat(replacement.grossCents()).isEqualTo(5000);
        assertThat(replacement.sessionId()).isEqualTo("s1");
        assertThat(replacement.tariffRule()).isEqualTo("decided by finance.soite");
        assertThat(replacement.reversesFeeLineId()).isNull();
    }
}
