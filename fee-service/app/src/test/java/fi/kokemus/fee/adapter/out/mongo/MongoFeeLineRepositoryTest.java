package fi.kokemus.fee.adapter.out.mongo;

import static fi.kokemus.fee.WorkFixtures.ITU;
import static fi.kokemus.fee.WorkFixtures.SOITE;
import static fi.kokemus.fee.WorkFixtures.soiteWork;
import static fi.kokemus.fee.WorkFixtures.work;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import fi.kokemus.fee.WorkFixtures;
import fi.kokemus.fee.application.port.out.FeeLineRepository;
import fi.kokemus.fee.application.port.out.FeeLineRepositoryContract;
import fi.kokemus.fee.contract.FeeApproved;
import fi.kokemus.fee.contract.FeeEvents;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.PublishedTariffs;
import fi.kokemus.fee.domain.TariffHistory;
import fi.kokemus.platform.events.EventEnvelope;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.EventWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MongoFeeLineRepositoryTest extends FeeLineRepositoryContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TariffHistory SOITE_TARIFFS = new TariffHistory(SOITE, List.of(PublishedTariffs.SOITE_2024));

    private MongoDatabase database;

    @Override
    protected FeeLineRepository emptyRepository() {
        database = MongoTestDatabase.fresh("fee-lines-adapter-test");
        return repository();
    }

    @Test
    void storesTheFeeApprovedEventInTheSameDocument() {
        FeeLine line = WorkFixtures.tariffLine(soiteWork("assignment-1", "LECTURE_REGIONAL", 2), SOITE_TARIFFS);

        repository().addIfAbsent(line);

        List<Document> outbox = outboxOf("fee-assignment-1.s1");
        assertThat(outbox).singleElement().satisfies(message -> {
            assertThat(message.getString("topic")).isEqualTo(FeeEvents.TOPIC);
            assertThat(message.getString("key")).isEqualTo("fee-assignment-1.s1");
        });
        EventReader reader = new EventReader(JSON);
        EventEnvelope<JsonNode> envelope = reader.read(outbox.get(0).getString("payload"));
        assertThat(envelope.type()).isEqualTo("fee.fee-approved");
        assertThat(envelope.county()).isEqualTo(SOITE);
        assertThat(envelope.source()).isEqualTo("fee-service");
        assertThat(reader.data(envelope, FeeEvents.FEE_APPROVED)).isEqualTo(new FeeApproved("fee-assignment-1.s1",
                "expert-aino-testinen", SOITE, "keski-pohjanmaa-unit", "CC-4100", "order-assignment-1",
                "assignment-1", "LECTURE_REGIONAL", LocalDate.of(2025, 6, 16), 2, 15000, "EUR",
                "keski-pohjanmaa/LECTURE_REGIONAL/per-occasion@2024-01-01", "s1", "APPROVED_WORK", 90, "LECTURE_FEE",
                0, "nothing to withhold", 15000, 0, 0, null));
    }

    @Test
    void storesAReversalAsTheFeeReversedEvent() {
        FeeLine reversal = WorkFixtures.tariffLine(soiteWork("assignment-1", "LECTURE_REGIONAL", 2), SOITE_TARIFFS)
                .reversal(2025);

        repository().addIfAbsent(reversal);

        EventReader reader = new EventReader(JSON);
        EventEnvelope<JsonNode> envelope = reader.read(outboxOf("fee-assignment-1.s1.reversal").get(0)
                .getString("payload"));
        assertThat(envelope.type()).isEqualTo("fee.fee-reversed");
        FeeApproved reversed = reader.data(envelope, FeeEvents.FEE_REVERSED);
        assertThat(reversed.reversesFeeLineId()).isEqualTo("fee-assignment-1.s1");
        assertThat(reversed.basis()).isEqualTo("REVERSAL");
        assertThat(reversed.grossCents()).isEqualTo(-15000);
        assertThat(reversed.netCents()).isEqualTo(-15000);
    }

    @Test
    void aDuplicateInsertAddsNoSecondEvent() {
        FeeLine line = WorkFixtures.tariffLine(soiteWork("assignment-1", "LECTURE_REGIONAL", 2), SOITE_TARIFFS);
        FeeLineRepository repository = repository();
        repository.addIfAbsent(line);

        boolean added = repository.addIfAbsent(WorkFixtures.tariffLine(soiteWork("assignment-1", "LECTURE_REGIONAL", 2),
                SOITE_TARIFFS));

        assertThat(added).isFalse();
        assertThat(database.getCollection(MongoFeeLineRepository.COLLECTION).countDocuments()).isEqualTo(1);
        assertThat(outboxOf("fee-assignment-1.s1")).hasSize(1);
    }

    @Test
    void aLineThatNeedsPricingCarriesNoEvent() {
        FeeLine line = WorkFixtures.tariffLine(work(ITU, "assignment-2", "GROUP_GUIDANCE", 1, LocalDate.of(2025, 6, 2)),
                new TariffHistory(ITU, List.of()));

        repository().addIfAbsent(line);

        assertThat(outboxOf("fee-assignment-2.s1")).isEmpty();
    }

    @Test
    void aLineStoredWithoutATaxYearIsTaxedInTheYearItWasEarned() {
        FeeLineRepository repository = repository();
        FeeLine line = decemberWorkPaidIn2026();
        repository.addIfAbsent(line);
        database.getCollection(MongoFeeLineRepository.COLLECTION)
                .updateOne(Filters.eq("_id", line.id().value()), Updates.unset("taxYear"));

        assertThat(repository.find(line.id()).orElseThrow().taxYear()).isEqualTo(2025);
        assertThat(repository.taxableIncomeOf(WorkFixtures.EXPERT, 2025)).isEqualTo(Money.ofCents(7500));
        assertThat(repository.taxableIncomeOf(WorkFixtures.EXPERT, 2026)).isEqualTo(Money.ZERO);
        assertThat(repository.expertsPaidIn(2025)).hasSize(1);
        assertThat(repository.findOfExpertInTaxYear(WorkFixtures.EXPERT, 2025)).hasSize(1);
        assertThat(repository.findOfExpertInTaxYear(WorkFixtures.EXPERT, 2026)).isEmpty();
    }

    private FeeLineRepository repository() {
        Clock clock = Clock.fixed(Instant.parse("2025-06-17T08:00:00Z"), ZoneOffset.UTC);
        return new MongoFeeLineRepository(database, new EventWriter("fee-service", JSON, clock), clock);
    }

    private List<Document> outboxOf(String id) {
        Document document = database.getCollection(MongoFeeLineRepository.COLLECTION).find(new Document("_id", id)).first();
        return document.getList("outbox", Document.class);
    }
}
