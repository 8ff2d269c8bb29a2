package fi.kokemus.fee.adapter.out.mongo;

import static fi.kokemus.fee.PaidLines.helsinki;
import static fi.kokemus.fee.PaidLines.paid;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.fee.WorkFixtures;
import fi.kokemus.fee.contract.BatchClosed;
import fi.kokemus.fee.contract.FeeEvents;
import fi.kokemus.fee.domain.FeeBasis;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.PaymentBatch;
import fi.kokemus.fee.domain.PaymentSchedules;
import fi.kokemus.fee.domain.Pricing;
import fi.kokemus.fee.domain.Reimbursements;
import fi.kokemus.fee.domain.TariffHistory;
import fi.kokemus.fee.domain.Withholding;
import fi.kokemus.platform.events.EventEnvelope;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.test.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MongoPaymentBatchRepositoryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ITU = "ita-uusimaa";
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    private final MutableClock clock = new MutableClock(helsinki("2026-11-01T08:00:00"));
    private MongoDatabase database;
    private MongoFeeLineRepository feeLines;
    private MongoPaymentBatchRepository batches;

    @BeforeEach
    void setUp() {
        database = MongoTestDatabase.fresh("payment-batches-adapter-test");
        EventWriter writer = new EventWriter("fee-service", JSON, clock);
        feeLines = new MongoFeeLineRepository(database, writer, clock);
        batches = new MongoPaymentBatchRepository(database, writer);
    }

    @Test
    void findsThePricedLinesOfTheCountyRecordedInTheWindowByTheTimeTheyWereRecorded() {
        record("2026-11-09T23:59:59", paid(ITU, "a-late-evening", LocalDate.of(2026, 11, 1), 3000, 0, 0, 600));
        record("2026-11-02T10:00:00", paid(ITU, "a-early", LocalDate.of(2026, 11, 1), 3000, 0, 0, 600));
        record("2026-11-10T00:00:00", paid(ITU, "a-next-month", LocalDate.of(2026, 11, 1), 3000, 0, 0, 600));
        record("2026-10-31T12:00:00", paid(ITU, "a-before", LocalDate.of(2026, 10, 1), 3000, 0, 0, 600));
        record("2026-11-03T10:00:00", paid("keski-pohjanmaa", "a-soite", LocalDate.of(2026, 11, 1), 3000, 0, 0, 0));
        record("2026-11-03T10:00:00", WorkFixtures.tariffLine(WorkFixtures.work(ITU, "a-unpriced", "GROUP_GUIDANCE",
                1, LocalDate.of(2026, 11, 1)), new TariffHistory(ITU, List.of())));
        record("2026-11-03T10:00:00", FeeLine.settle(WorkFixtures.work(ITU, "a-ill", "GROUP_GUIDANCE", 1,
                LocalDate.of(2026, 11, 1)), 2026, FeeBasis.EXPERT_ILL, new Pricing.NotPayable("ill"),
                Reimbursements.NONE, Withholding.NONE));

        List<FeeLine> found = feeLines.findPricedRecorded(ITU, helsinki("2026-11-01T00:00:00"),
                PaymentSchedules.ITA_UUSIMAA.cutOff(NOVEMBER));

        assertThat(found).extracting(line -> line.id().value())
                .containsExactly("fee-a-early.s1", "fee-a-late-evening.s1");
    }

    @Test
    void storesAClosedBatchWithAFrozenCopyOfItsLinesAndItsEventInOneWrite() {
        FeeLine line = paid(ITU, "a-1", LocalDate.of(2026, 11, 1), 3000, 1234, 56, 611);
        FeeLine reversal = paid(ITU, "a-0", LocalDate.of(2026, 10, 1), 2000, 0, 0, 400).reversal(2026);
        Instant closedAt = helsinki("2026-11-12T09:00:00");
        PaymentBatch closed = PaymentBatch.open(ITU, NOVEMBER, PaymentSchedules.ITA_UUSIMAA, List.of(line, reversal))
                .close(closedAt, "finance.itu");

        assertThat(batches.addIfAbsent(closed)).isTrue();
        assertThat(batches.addIfAbsent(closed)).isFalse();

        PaymentBatch found = batches.find(ITU, NOVEMBER).orElseThrow();
        assertThat(found.id()).isEqualTo("ita-uusimaa/2026-11");
        assertThat(found.paymentDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(found.cutOff()).isEqualTo(closed.cutOff());
        assertThat(found.closing()).isEqualTo(new PaymentBatch.Closing(closedAt, "finance.itu"));
        assertThat(found.totals()).isEqualTo(closed.totals());
        assertThat(found.lines()).extracting(stored -> stored.id().value())
                .containsExactly("fee-a-1.s1", "fee-a-0.s1.reversal");
        assertThat(found.lines().get(1).reverses().value()).isEqualTo("fee-a-0.s1");
        assertThat(found.pendingEvents()).isEmpty();

        List<Document> outbox = database.getCollection(MongoPaymentBatchRepository.COLLECTION)
                .find(new Document("_id", "ita-uusimaa/2026-11")).first().getList("outbox", Document.class);
        assertThat(outbox).hasSize(1);
        EventReader reader = new EventReader(JSON);
        EventEnvelope<JsonNode> envelope = reader.read(outbox.get(0).getString("payload"));
        assertThat(envelope.type()).isEqualTo("fee.batch-closed");
        BatchClosed event = reader.data(envelope, FeeEvents.BATCH_CLOSED);
        assertThat(event.batchId()).isEqualTo("ita-uusimaa/2026-11");
        assertThat(event.month()).isEqualTo("2026-11");
        assertThat(event.paymentDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(event.lineCount()).isEqualTo(2);
        assertThat(event.grossCents()).isEqualTo(1000);
        assertThat(event.taxFreeReimbursementsCents()).isEqualTo(1234);
        assertThat(event.withholdingCents()).isEqualTo(211);
        assertThat(event.payoutCents()).isEqualTo(closed.totals().payout().cents());
    }

    @Test
    void theLatestClosedBatchIsTheOneOfTheLatestMonth() {
        for (YearMonth month : List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 12), NOVEMBER)) {
            batches.addIfAbsent(PaymentBatch.open(ITU, month, PaymentSchedules.ITA_UUSIMAA, List.of())
                    .close(helsinki("2027-01-15T09:00:00"), "admin"));
        }

        assertThat(batches.latestClosed(ITU).orElseThrow().month()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(batches.latestClosed("keski-pohjanmaa")).isEmpty();
    }

    private void record(String finnishTime, FeeLine line) {
        clock.set(helsinki(finnishTime));
        feeLines.addIfAbsent(line);
    }
}
