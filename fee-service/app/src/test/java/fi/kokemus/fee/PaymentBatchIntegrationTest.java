package fi.kokemus.fee;

import static fi.kokemus.fee.PaidLines.helsinki;
import static fi.kokemus.fee.PaidLines.paid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.fee.adapter.out.mongo.MongoFeeLineRepository;
import fi.kokemus.fee.application.port.in.PaymentBatchesUseCase;
import fi.kokemus.fee.contract.BatchClosed;
import fi.kokemus.fee.contract.FeeEvents;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.events.EventEnvelope;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.test.TestConsumers;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * Closing a batch in the running service puts {@code fee.batch-closed} on the finance topic through
 * the outbox. The lines are recorded in October 2026, so October's batch is past its cut-off.
 */
@SpringBootTest(properties = "spring.mongodb.database=fee-batch-integration-test")
@DirtiesContext
abstract class PaymentBatchIntegrationTest {

    private static final String POHDE = "pohjois-pohjanmaa";

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;
    @Autowired
    private MongoDatabase database;
    @Autowired
    private EventWriter writer;
    @Autowired
    private EventReader reader;
    @Autowired
    private PaymentBatchesUseCase batches;

    @Test
    void closingABatchAnnouncesItsTotalsToFinance() {
        Clock october = Clock.fixed(helsinki("2026-10-05T10:00:00"), ZoneOffset.UTC);
        MongoFeeLineRepository feeLines = new MongoFeeLineRepository(database, writer, october);
        FeeLine support = paid(POHDE, "a-pohde-1", LocalDate.of(2026, 10, 1), 4000, 1100, 0, 800);
        feeLines.addIfAbsent(support);
        feeLines.addIfAbsent(paid(POHDE, "a-pohde-2", LocalDate.of(2026, 10, 2), 2500, 0, 40, 508));

        batches.close(new Actor("sub-admin", "admin", Set.of(Role.ADMIN), null, null), POHDE, YearMonth.of(2026, 10));

        try (Consumer<String, String> finance = TestConsumers.fromBeginning(bootstrapServers, FeeEvents.TOPIC)) {
            List<EventEnvelope<JsonNode>> closedBatches = new ArrayList<>();
            await().atMost(30, TimeUnit.SECONDS).until(() -> {
                for (ConsumerRecord<String, String> record : finance.poll(Duration.ofMillis(200))) {
                    EventEnvelope<JsonNode> envelope = reader.read(record.value());
                    if (envelope.type().equals(FeeEvents.BATCH_CLOSED.type())) {
                        assertThat(record.key()).isEqualTo("pohjois-pohjanmaa/2026-10");
                        closedBatches.add(envelope);
                    }
                }
                return !closedBatches.isEmpty();
            });
            BatchClosed closed = reader.data(closedBatches.get(0), FeeEvents.BATCH_CLOSED);
            assertThat(closed.batchId()).isEqualTo("pohjois-pohjanmaa/2026-10");
            assertThat(closed.paymentDate()).isEqualTo(LocalDate.of(2026, 10, 31));
            assertThat(closed.lineCount()).isEqualTo(2);
            assertThat(closed.grossCents()).isEqualTo(6500);
            assertThat(closed.withholdingCents()).isEqualTo(1308);
            assertThat(closed.netCents()).isEqualTo(6500 + 40 - 1308);
            assertThat(closed.payoutCents()).isEqualTo(6500 + 40 - 1308 + 1100);
            assertThat(closedBatches.get(0).source()).isEqualTo("fee-service");
        }
    }
}
