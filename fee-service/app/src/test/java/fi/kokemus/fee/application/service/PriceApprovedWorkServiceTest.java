package fi.kokemus.fee.application.service;

import static fi.kokemus.fee.application.service.Approvals.EXPERT;
import static fi.kokemus.fee.application.service.Approvals.MONDAY_NOON;
import static fi.kokemus.fee.application.service.Approvals.lecture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.fee.application.port.in.PricingOutcome;
import fi.kokemus.fee.application.port.out.InMemoryFeeLineRepository;
import fi.kokemus.fee.application.port.out.InMemoryTariffRepository;
import fi.kokemus.fee.application.port.out.InMemoryTaxCardRepository;
import fi.kokemus.fee.domain.CountyFeeRules;
import fi.kokemus.fee.domain.EarningPeriod;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.FeeLineApproved;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.fee.domain.FeeLineState;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.PaymentSchedules;
import fi.kokemus.fee.domain.Pricing;
import fi.kokemus.fee.domain.PublishedCountyRules;
import fi.kokemus.fee.domain.PublishedTariffs;
import fi.kokemus.fee.domain.Reimbursements;
import fi.kokemus.fee.domain.TaxCard;
import fi.kokemus.fee.domain.TaxCardRequest;
import fi.kokemus.fee.domain.TravelClaim;
import fi.kokemus.fee.domain.TravelRateTable;
import fi.kokemus.platform.problem.DomainProblem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PriceApprovedWorkServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-20T08:00:00Z"), ZoneOffset.UTC);

    private final InMemoryFeeLineRepository feeLines = new InMemoryFeeLineRepository();
    private final InMemoryTaxCardRepository taxCards = new InMemoryTaxCardRepository();
    private PriceApprovedWorkService service = serviceWith(PublishedCountyRules::of);

    @Test
    void recordsAPricedLineWithholds60PercentWithoutATaxCardAndAsksForOne() {
        PricingOutcome outcome = service.price(lecture("a-1", "s1").command());

        assertThat(outcome).isEqualTo(PricingOutcome.RECORDED);
        FeeLine line = line("a-1", "s1");
        assertThat(line.state()).isEqualTo(FeeLineState.PRICED);
        assertThat(line.gross()).isEqualTo(Money.ofCents(7500));
        assertThat(line.withholding().amount()).isEqualTo(Money.ofCents(4500));
        assertThat(line.net()).isEqualTo(Money.ofCents(3000));
        assertThat(feeLines.storedEvents()).singleElement().isInstanceOf(FeeLineApproved.class);
        assertThat(taxCards.requestsOf(2025)).containsExactly(new TaxCardRequest(EXPERT, "aino.testinen", 2025,
                TaxCardRequest.Reason.FIRST_FEE_WITHOUT_CARD, FeeLineId.of("a-1", "s1"), LocalDate.of(2025, 6, 20)));
    }

    @Test
    void aRepeatedApprovalOfTheSameSessionChangesNothing() {
        service.price(lecture("a-1", "s1").command());

        PricingOutcome again = service.price(lecture("a-1", "s1").command());

        assertThat(again).isEqualTo(PricingOutcome.ALREADY_RECORDED);
        assertThat(feeLines.findAll(EarningPeriod.ALL)).hasSize(1);
        assertThat(feeLines.storedEvents()).hasSize(1);
    }

    @Test
    void aServiceKilledBeforeItsWriteRecordsTheSessionOnceWhenTheFactArrivesAgain() {
        KilledOnFirstWrite store = new KilledOnFirstWrite();
        PriceApprovedWorkService killed = new PriceApprovedWorkService(store,
                new InMemoryTariffRepository(PublishedTariffs.all()), taxCards, TravelRateTable.PUBLISHED,
                PublishedCountyRules::of, PaymentSchedules.published(), CLOCK);

        assertThatThrownBy(() -> killed.price(lecture("a-1", "s1").command())).isInstanceOf(IllegalStateException.class);
        assertThat(killed.price(lecture("a-1", "s1").command())).isEqualTo(PricingOutcome.RECORDED);
        assertThat(killed.price(lecture("a-1", "s1").command())).isEqualTo(PricingOutcome.ALREADY_RECORDED);

        assertThat(store.findAll(EarningPeriod.ALL)).hasSize(1);
        assertThat(store.storedEvents()).hasSize(1);
        assertThat(taxCards.requestsOf(2025)).hasSize(1);
        assertThat(store.find(FeeLineId.of("a-1", "s1")).orElseThrow().withholding().amount())
                .isEqualTo(Money.ofCents(4500));
    }

    @Test
    void aMovedSessionIsPaidOnceAtTheTimeItWasFirstApproved() {
        service.price(lecture("a-1", "s1").command());

        PricingOutcome moved = service.price(lecture("a-1", "s1").at(MONDAY_NOON.plusSeconds(7 * 86400)).command());

        assertThat(moved).isEqualTo(PricingOutcome.ALREADY_RECORDED);
        assertThat(feeLines.findAll(EarningPeriod.ALL)).hasSize(1);
    }

    @Test
    void eachSessionOfTheSameAssignmentIsALineOfItsOwn() {
        service.price(lecture("a-1", "s1").command());
        service.price(lecture("a-1", "s2").command());

        assertThat(feeLines.findAll(EarningPeriod.ALL)).extracting(line -> line.id().value())
                .containsExactlyInAnyOrder("fee-a-1.s1", "fee-a-1.s2");
    }

    @Test
    void withholdsByTheTaxCardAcrossItsIncomeLimitOverTheYear() {
        taxCards.save(new TaxCard(EXPERT, 2025, new BigDecimal("20"), new BigDecimal("40"), Money.ofCents(10000)),
                "finance.soite");

        service.price(lecture("a-1", "s1").command());
        service.price(lecture("a-1", "s2").command());
        service.price(lecture("a-1", "s3").command());

        // 7500 at 20 %; then 2500 at 20 % and 5000 at 40 %; then all at 40 %
        assertThat(line("a-1", "s1").withholding().amount()).isEqualTo(Money.ofCents(1500));
        assertThat(line("a-1", "s2").withholding().amount()).isEqualTo(Money.ofCents(2500));
        assertThat(line("a-1", "s3").withholding().amount()).isEqualTo(Money.ofCents(3000));
        assertThat(taxCards.requestsOf(2025)).isEmpty();
    }

    @Test
    void peerSupportIsPaidItsTravelOnly() {
        service.price(lecture("a-1", "s1").travel(new TravelClaim(100, 0, 0, 0, 0, 0, 0)).role("PEER_SUPPORTER")
                .command());

        FeeLine line = line("a-1", "s1");
        assertThat(line.gross()).isEqualTo(Money.ZERO);
        assertThat(line.reimbursements()).isEqualTo(Reimbursements.taxFree(Money.ofCents(5900)));
        assertThat(line.withholding().amount()).isEqualTo(Money.ZERO);
        assertThat(line.payout()).isEqualTo(Money.ofCents(5900));
        assertThat(feeLines.storedEvents()).hasSize(1);
        assertThat(taxCards.requestsOf(2025)).isEmpty();
    }

    @Test
    void theMealAllowanceIsATaxFreeReimbursementOnTheLine() {
        // 2025: a four-hour trip 10 km from home that kept the expert from their usual place to eat
        service.price(lecture("a-1", "s1").travel(new TravelClaim(0, 0, 240, 10, 0, 0, 0, true)).command());

        FeeLine line = line("a-1", "s1");
        assertThat(line.reimbursements()).isEqualTo(Reimbursements.taxFree(Money.ofCents(1325)));
        // 60 % of the fee only
        assertThat(line.withholding().amount()).isEqualTo(Money.ofCents(4500));
        assertThat(line.payout()).isEqualTo(Money.ofCents(7500 - 4500 + 1325));
    }

    @Test
    void aWaivedFeeWithoutTravelPaysNothingAndAnnouncesNothing() {
        service.price(lecture("a-1", "s1").feeWaived().command());

        assertThat(line("a-1", "s1").state()).isEqualTo(FeeLineState.NOT_PAYABLE);
        assertThat(feeLines.storedEvents()).isEmpty();
    }

    @Test
    void taxableReimbursementsAreWithheldFromToo() {
        service = serviceWith(county -> PublishedCountyRules.of(county).withKilometreRatePaid(Money.ofCents(69)));

        service.price(lecture("a-1", "s1").travel(new TravelClaim(100, 0, 0, 0, 0, 0, 0)).command());

        FeeLine line = line("a-1", "s1");
        assertThat(line.reimbursements()).isEqualTo(new Reimbursements(Money.ofCents(5900), Money.ofCents(1000)));
        // 60 % of 7500 + 1000
        assertThat(line.withholding().amount()).isEqualTo(Money.ofCents(5100));
        assertThat(line.payout()).isEqualTo(Money.ofCents(8500 - 5100 + 5900));
    }

    @Test
    void aTripOverADayOrInAYearWithoutRatesIsLeftToAPerson() {
        Instant in2027 = Instant.parse("2027-02-01T09:00:00Z");
        service.price(lecture("a-1", "s1").travel(new TravelClaim(0, 0, 24 * 60 + 1, 100, 0, 0, 0)).command());
        service.price(lecture("a-1", "s2").travel(new TravelClaim(10, 0, 0, 0, 0, 0, 0)).at(in2027).command());
        service.price(lecture("a-1", "s3").at(in2027).command());

        assertThat(line("a-1", "s1").pricing()).isEqualTo(
                new Pricing.PricingRequired("A trip over 24 hours needs a person to reckon its per diems"));
        assertThat(line("a-1", "s2").pricing()).isEqualTo(
                new Pricing.PricingRequired("No travel rates are known for 2027-02-01"));
        assertThat(line("a-1", "s3").state()).isEqualTo(FeeLineState.PRICED);
        assertThat(feeLines.storedEvents()).hasSize(1);
    }

    @Test
    void workNoTariffRowCoversIsKeptForPricingWithoutAnnouncingAFee() {
        service.price(lecture("a-2", "s1").taskType("PANEL_MEMBER").command());

        assertThat(line("a-2", "s1").state()).isEqualTo(FeeLineState.PRICING_REQUIRED);
        assertThat(feeLines.storedEvents()).isEmpty();
        assertThat(taxCards.requestsOf(2025)).isEmpty();
    }

    @Test
    void earnsOnTheFinnishDateTheWorkStarted() {
        // 23.30 on 31 May in Finland (UTC+3) is still 31 May, though it is 20.30 UTC
        service.price(lecture("a-3", "s1").at(Instant.parse("2025-05-31T20:30:00Z")).command());
        // 00.30 on 1 June in Finland is the previous day in UTC
        service.price(lecture("a-4", "s1").at(Instant.parse("2025-05-31T21:30:00Z")).command());

        assertThat(line("a-3", "s1").occurrence().earningDate()).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(line("a-4", "s1").occurrence().earningDate()).isEqualTo(LocalDate.of(2025, 6, 1));
    }

    @Test
    void refusesIncompleteApprovalsAndStoresNothing() {
        assertThatThrownBy(() -> service.price(lecture("a-5", "s1").at(null).command()))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.field()).isEqualTo("startsAt"));
        assertThatThrownBy(() -> service.price(lecture("a-5", null).command()))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.field()).isEqualTo("sessionId"));
        assertThatThrownBy(() -> service.price(lecture("a-5", "s1").taskType(null).command()))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.field()).isEqualTo("taskType"));
        assertThatThrownBy(() -> service.price(lecture("a-5", "s1").outcome("CANCELLED").command()))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.field()).isEqualTo("outcome"));
        assertThat(feeLines.findAll(EarningPeriod.ALL)).isEmpty();
    }

    private PriceApprovedWorkService serviceWith(Function<String, CountyFeeRules> rules) {
        return new PriceApprovedWorkService(feeLines, new InMemoryTariffRepository(PublishedTariffs.all()), taxCards,
                TravelRateTable.PUBLISHED, rules, PaymentSchedules.published(), CLOCK);
    }

    private FeeLine line(String assignmentId, String sessionId) {
        return feeLines.find(FeeLineId.of(assignmentId, sessionId)).orElseThrow();
    }

    /** The process dies just before its first line reaches the store; the store itself is intact. */
    private static final class KilledOnFirstWrite extends InMemoryFeeLineRepository {

        private boolean killed;

        @Override
        public boolean addIfAbsent(FeeLine line) {
            if (!killed) {
                killed = true;
                throw new IllegalStateException("killed");
            }
            return super.addIfAbsent(line);
        }
    }
}
