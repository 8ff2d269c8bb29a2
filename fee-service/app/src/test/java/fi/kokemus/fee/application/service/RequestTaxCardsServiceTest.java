package fi.kokemus.fee.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.fee.application.port.out.InMemoryFeeLineRepository;
import fi.kokemus.fee.application.port.out.InMemoryTariffRepository;
import fi.kokemus.fee.application.port.out.InMemoryTaxCardRepository;
import fi.kokemus.fee.domain.ExpertAccount;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.PaymentSchedules;
import fi.kokemus.fee.domain.PublishedCountyRules;
import fi.kokemus.fee.domain.PublishedTariffs;
import fi.kokemus.fee.domain.TaxCard;
import fi.kokemus.fee.domain.TaxCardRequest;
import fi.kokemus.fee.domain.TravelRateTable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestTaxCardsServiceTest {

    // 07:00 on 2 January 2026 in Finland
    private static final Clock JANUARY = Clock.fixed(Instant.parse("2026-01-02T05:00:00Z"), ZoneOffset.UTC);

    private final InMemoryFeeLineRepository feeLines = new InMemoryFeeLineRepository();
    private final InMemoryTaxCardRepository taxCards = new InMemoryTaxCardRepository();
    private final RequestTaxCardsService service = new RequestTaxCardsService(feeLines, taxCards, JANUARY);

    @BeforeEach
    void ainoWasPaidIn2025() {
        new PriceApprovedWorkService(feeLines, new InMemoryTariffRepository(PublishedTariffs.all()), taxCards,
                TravelRateTable.PUBLISHED, PublishedCountyRules::of, PaymentSchedules.published(),
                Approvals.RECORDED_IN_JUNE_2025)
                .price(Approvals.lecture("a-1", "s1").command());
    }

    @Test
    void asksEveryExpertPaidLastYearForTheNewYearsCardOnce() {
        assertThat(service.requestForYear(2026)).isEqualTo(1);
        assertThat(service.requestForYear(2026)).isZero();

        assertThat(taxCards.requestsOf(2026)).containsExactly(TaxCardRequest.forNewYear(
                new ExpertAccount(Approvals.EXPERT, "aino.testinen"), 2026, LocalDate.of(2026, 1, 2)));
    }

    @Test
    void anExpertWhoAlreadyGaveTheNewYearsCardIsNotAsked() {
        taxCards.save(new TaxCard(Approvals.EXPERT, 2026, BigDecimal.TEN, BigDecimal.TEN, Money.ZERO), "aino.testinen");

        assertThat(service.requestForYear(2026)).isZero();
        assertThat(taxCards.requestsOf(2026)).isEmpty();
    }

    @Test
    void anExpertNotPaidLastYearIsNotAsked() {
        assertThat(service.requestForYear(2027)).isZero();
    }

    @Test
    void decembersWorkPaidInJanuaryCountsAsPaidInTheNewYear() {
        Clock recordedOnJanuaryFifth = Clock.fixed(Instant.parse("2026-01-05T08:00:00Z"), ZoneOffset.UTC);
        new PriceApprovedWorkService(feeLines, new InMemoryTariffRepository(PublishedTariffs.all()), taxCards,
                TravelRateTable.PUBLISHED, PublishedCountyRules::of, PaymentSchedules.published(),
                recordedOnJanuaryFifth)
                .price(Approvals.lecture("a-2", "s1").at(Instant.parse("2025-12-28T10:00:00Z")).command());
        RequestTaxCardsService nextJanuary = new RequestTaxCardsService(feeLines, taxCards,
                Clock.fixed(Instant.parse("2027-01-04T05:00:00Z"), ZoneOffset.UTC));

        assertThat(nextJanuary.requestForYear(2027)).isEqualTo(1);
        assertThat(taxCards.requestsOf(2027)).extracting(TaxCardRequest::reason)
                .containsExactly(TaxCardRequest.Reason.NEW_YEAR);
    }
}
