package fi.kokemus.fee.application.service;

import static fi.kokemus.fee.PaidLines.helsinki;
import static fi.kokemus.fee.application.service.Approvals.EXPERT;
import static fi.kokemus.fee.application.service.Approvals.lecture;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.fee.application.port.in.FeeDecisionDetails;
import fi.kokemus.fee.application.port.in.FeeLineDecision;
import fi.kokemus.fee.application.port.out.InMemoryFeeCorrectionRepository;
import fi.kokemus.fee.application.port.out.InMemoryFeeLineRepository;
import fi.kokemus.fee.application.port.out.InMemoryTariffRepository;
import fi.kokemus.fee.application.port.out.InMemoryTaxCardRepository;
import fi.kokemus.fee.domain.FeeCorrection;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.PaymentSchedules;
import fi.kokemus.fee.domain.PublishedCountyRules;
import fi.kokemus.fee.domain.PublishedTariffs;
import fi.kokemus.fee.domain.TaxCard;
import fi.kokemus.fee.domain.TaxCardRequest;
import fi.kokemus.fee.domain.TravelRateTable;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.test.MutableClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A fee is taxed in the year it is paid: its payment batch follows the day it is recorded (Soite's
 * schedule: recorded by the 9th, paid on the month's last day), not the day the work was done.
 */
class TaxYearOfPaymentTest {

    private static final Actor FINANCE_SOITE = new Actor("sub-finance.soite", "finance.soite",
            Set.of(Role.FINANCE), "keski-pohjanmaa", null);

    private final MutableClock clock = new MutableClock(helsinki("2025-06-20T10:00:00"));
    private final InMemoryFeeLineRepository feeLines = new InMemoryFeeLineRepository(clock);
    private final InMemoryTaxCardRepository taxCards = new InMemoryTaxCardRepository();
    private final PriceApprovedWorkService approvals = new PriceApprovedWorkService(feeLines,
            new InMemoryTariffRepository(PublishedTariffs.all()), taxCards, TravelRateTable.PUBLISHED,
            PublishedCountyRules::of, PaymentSchedules.published(), clock);
    private final CorrectFeeLineService corrections = new CorrectFeeLineService(feeLines,
            new InMemoryFeeCorrectionRepository(), taxCards, PaymentSchedules.published(), clock);

    @ParameterizedTest(name = "work {0}, recorded {1}: taxed in {2}")
    @CsvSource({
            "2025-06-16T12:00, 2025-06-20T10:00:00, 2025, 750, paid in June's batch",
            "2025-12-02T12:00, 2025-12-05T10:00:00, 2025, 750, paid in December's batch",
            "2025-12-02T12:00, 2025-12-09T23:59:59, 2025, 750, the last moment of December's cut-off day",
            "2025-12-02T12:00, 2025-12-10T00:00:00, 2026, 2250, the first moment after December's cut-off",
            "2025-12-01T12:00, 2025-12-12T10:00:00, 2026, 2250, reported after December's cut-off: paid in January",
            "2025-12-28T12:00, 2026-01-05T10:00:00, 2026, 2250, reported by January's cut-off: paid in January",
            "2025-11-20T12:00, 2026-01-12T10:00:00, 2026, 2250, reported late across the year: paid in February",
            "2026-01-02T12:00, 2026-01-05T10:00:00, 2026, 2250, January's work paid in January"})
    void aLineIsTaxedByTheCardOfTheYearItIsPaidIn(String workedAt, String recordedAt, int taxYear,
            long withheldCents, String why) {
        taxCards.save(card(2025, "10", "10", 1_000_000), "finance.soite");
        taxCards.save(card(2026, "30", "30", 1_000_000), "finance.soite");
        clock.set(helsinki(recordedAt));

        approvals.price(lecture("a-1", "s1").at(helsinki(workedAt + ":00")).command());

        FeeLine line = line("a-1", "s1");
        assertThat(line.taxYear()).as(why).isEqualTo(taxYear);
        assertThat(line.occurrence().earningDate()).as("the earning period stays the work's")
                .isEqualTo(LocalDate.parse(workedAt.substring(0, 10)));
        assertThat(line.withholding().amount()).as(why).isEqualTo(Money.ofCents(withheldCents));
        assertThat(line.withholding().rule()).startsWith("tax-card " + taxYear);
        assertThat(feeLines.taxableIncomeOf(EXPERT, taxYear)).isEqualTo(Money.ofCents(7500));
    }

    @Test
    void theIncomeLimitStartsAfreshWithTheFirstFeePaidInTheNewYear() {
        taxCards.save(card(2025, "20", "40", 10_000), "finance.soite");
        taxCards.save(card(2026, "20", "40", 10_000), "finance.soite");
        record("s1", "2025-06-16T12:00:00", "2025-06-20T10:00:00");

        record("s2", "2025-12-02T12:00:00", "2025-12-05T10:00:00");
        record("s3", "2025-12-28T12:00:00", "2026-01-05T10:00:00");
        record("s4", "2026-01-07T12:00:00", "2026-01-08T10:00:00");

        // 2025: 75 € earned before, so 25 € at 20 % and 50 € at 40 %; 2026: 75 € at 20 %, then as s2 was
        assertThat(line("a-1", "s2").withholding().amount()).isEqualTo(Money.ofCents(2500));
        assertThat(line("a-1", "s3").withholding().amount()).isEqualTo(Money.ofCents(1500));
        assertThat(line("a-1", "s4").withholding().amount()).isEqualTo(Money.ofCents(2500));
        assertThat(feeLines.taxableIncomeOf(EXPERT, 2025)).isEqualTo(Money.ofCents(15000));
        assertThat(feeLines.taxableIncomeOf(EXPERT, 2026)).isEqualTo(Money.ofCents(15000));
    }

    @Test
    void decembersWorkPaidInJanuaryWithoutTheNewYearsCardAsksForThatCard() {
        taxCards.save(card(2025, "10", "10", 1_000_000), "finance.soite");

        record("s1", "2025-12-28T12:00:00", "2026-01-05T10:00:00");

        assertThat(line("a-1", "s1").withholding().amount()).isEqualTo(Money.ofCents(4500));
        assertThat(taxCards.requestsOf(2026)).singleElement().satisfies(request -> {
            assertThat(request.reason()).isEqualTo(TaxCardRequest.Reason.FIRST_FEE_WITHOUT_CARD);
            assertThat(request.firstFeeLine()).isEqualTo(FeeLineId.of("a-1", "s1"));
            assertThat(request.requestedOn()).isEqualTo(LocalDate.of(2026, 1, 5));
        });
        assertThat(taxCards.requestsOf(2025)).isEmpty();
    }

    @Test
    void aCorrectionRecordedInTheNewYearReversesAndRepaysInTheNewYearLeavingThePaidYearAsReported() {
        taxCards.save(card(2025, "10", "10", 1_000_000), "finance.soite");
        taxCards.save(card(2026, "30", "30", 1_000_000), "finance.soite");
        record("s1", "2025-12-02T12:00:00", "2025-12-05T10:00:00");
        clock.set(helsinki("2026-01-15T10:00:00"));

        FeeLineDecision decision = corrections.decide(FINANCE_SOITE, FeeLineId.of("a-1", "s1"),
                FeeCorrection.Kind.CORRECTION, new FeeDecisionDetails(5000, 0, 0, "A development group"));

        assertThat(decision.reversal().taxYear()).isEqualTo(2026);
        assertThat(decision.reversal().withholding().amount()).isEqualTo(Money.ofCents(-750));
        assertThat(decision.replacement().taxYear()).isEqualTo(2026);
        assertThat(decision.replacement().withholding().amount()).isEqualTo(Money.ofCents(1500));
        assertThat(feeLines.taxableIncomeOf(EXPERT, 2025)).isEqualTo(Money.ofCents(7500));
        assertThat(feeLines.taxableIncomeOf(EXPERT, 2026)).isEqualTo(Money.ofCents(-2500));
    }

    private void record(String sessionId, String workedAt, String recordedAt) {
        clock.set(helsinki(recordedAt));
        approvals.price(lecture("a-1", sessionId).at(helsinki(workedAt)).command());
    }

    private FeeLine line(String assignmentId, String sessionId) {
        return feeLines.find(FeeLineId.of(assignmentId, sessionId)).orElseThrow();
    }

    private static TaxCard card(int year, String percent, String additionalPercent, long limitCents) {
        return new TaxCard(EXPERT, year, new BigDecimal(percent), new BigDecimal(additionalPercent),
                Money.ofCents(limitCents));
    }
}
