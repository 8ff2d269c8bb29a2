package fi.kokemus.fee.application.service;

import static fi.kokemus.fee.WorkFixtures.EXPERT;
import static fi.kokemus.fee.WorkFixtures.ITU;
import static fi.kokemus.fee.WorkFixtures.MIDSUMMER_WEEK;
import static fi.kokemus.fee.WorkFixtures.SOITE;
import static fi.kokemus.fee.WorkFixtures.soiteWork;
import static fi.kokemus.fee.WorkFixtures.work;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.fee.WorkFixtures;
import fi.kokemus.fee.application.port.in.FeeDecisionDetails;
import fi.kokemus.fee.application.port.in.FeeLineDecision;
import fi.kokemus.fee.application.port.out.InMemoryFeeCorrectionRepository;
import fi.kokemus.fee.application.port.out.InMemoryFeeLineRepository;
import fi.kokemus.fee.application.port.out.InMemoryTaxCardRepository;
import fi.kokemus.fee.domain.FeeBasis;
import fi.kokemus.fee.domain.FeeCorrection;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.FeeLineApproved;
import fi.kokemus.fee.domain.FeeLineEvent;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.fee.domain.FeeLineReversed;
import fi.kokemus.fee.domain.FeeLineState;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.PaymentSchedules;
import fi.kokemus.fee.domain.PublishedTariffs;
import fi.kokemus.fee.domain.Reimbursements;
import fi.kokemus.fee.domain.TariffHistory;
import fi.kokemus.fee.domain.TaxCard;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CorrectFeeLineServiceTest {

    private static final Instant NOW = Instant.parse("2025-07-01T08:00:00Z");
    private static final FeeLineId LECTURE = FeeLineId.of("a-lecture", WorkFixtures.SESSION);
    private static final FeeLineId GUIDANCE = FeeLineId.of("a-guidance", WorkFixtures.SESSION);
    private static final Actor FINANCE_SOITE = actor("finance.soite", Role.FINANCE, SOITE);
    private static final Actor FINANCE_ITU = actor("finance.itu", Role.FINANCE, ITU);

    private final InMemoryFeeLineRepository feeLines = new InMemoryFeeLineRepository();
    private final InMemoryFeeCorrectionRepository corrections = new InMemoryFeeCorrectionRepository();
    private final InMemoryTaxCardRepository taxCards = new InMemoryTaxCardRepository();
    private final CorrectFeeLineService service = new CorrectFeeLineService(feeLines, corrections, taxCards,
            PaymentSchedules.published(), Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void storeAnApprovedAndAnUnpricedLine() {
        feeLines.addIfAbsent(WorkFixtures.tariffLine(soiteWork("a-lecture", "LECTURE_REGIONAL", 1),
                new TariffHistory(SOITE, List.of(PublishedTariffs.SOITE_2024))));
        feeLines.addIfAbsent(WorkFixtures.tariffLine(work(ITU, "a-guidance", "GROUP_GUIDANCE", 1, MIDSUMMER_WEEK),
                new TariffHistory(ITU, List.of())));
        taxCards.save(new TaxCard(EXPERT, 2025, new BigDecimal("12.5"), new BigDecimal("40"),
                Money.ofCents(2_000_000)), "finance.soite");
    }

    @Test
    void financePricesALineThatWaitsForAPersonOnANewLine() {
        FeeLineDecision decision = service.decide(FINANCE_ITU, GUIDANCE, FeeCorrection.Kind.PRICING,
                new FeeDecisionDetails(2500, 1000, 0, "The unit's agreed hourly fee"));

        FeeLine priced = decision.replacement();
        assertThat(decision.reversal()).isNull();
        assertThat(priced.id()).isEqualTo(new FeeLineId("fee-a-guidance.s1.revision-2"));
        assertThat(priced.state()).isEqualTo(FeeLineState.PRICED);
        assertThat(priced.gross()).isEqualTo(Money.ofCents(2500));
        assertThat(priced.reimbursements()).isEqualTo(Reimbursements.taxFree(Money.ofCents(1000)));
        assertThat(priced.withholding().amount()).isEqualTo(Money.ofCents(313));
        assertThat(priced.occurrence()).isEqualTo(feeLines.find(GUIDANCE).orElseThrow().occurrence());
        assertThat(feeLines.find(GUIDANCE).orElseThrow().state()).isEqualTo(FeeLineState.PRICING_REQUIRED);
        assertThat(storedEventsOf(priced.id())).singleElement().isInstanceOf(FeeLineApproved.class);
        assertThat(corrections.find(GUIDANCE)).contains(new FeeCorrection(GUIDANCE, FeeCorrection.Kind.PRICING,
                Money.ofCents(2500), Reimbursements.taxFree(Money.ofCents(1000)), "The unit's agreed hourly fee",
                "finance.itu", NOW));
    }

    @Test
    void aCorrectionReversesTheApprovedLineAndPaysTheCorrectAmountOnANewLine() {
        FeeLineDecision decision = service.decide(FINANCE_SOITE, LECTURE, FeeCorrection.Kind.CORRECTION,
                new FeeDecisionDetails(5000, 0, 0, "A development group, not a lecture"));

        assertThat(decision.reversal().id()).isEqualTo(LECTURE.reversal());
        assertThat(decision.reversal().basis()).isEqualTo(FeeBasis.REVERSAL);
        assertThat(decision.reversal().gross()).isEqualTo(Money.ofCents(-7500));
        assertThat(decision.reversal().reverses()).isEqualTo(LECTURE);
        assertThat(decision.replacement().gross()).isEqualTo(Money.ofCents(5000));
        assertThat(decision.replacement().withholding().amount()).isEqualTo(Money.ofCents(625));
        assertThat(storedEventsOf(LECTURE.reversal())).singleElement().isInstanceOf(FeeLineReversed.class);
        assertThat(storedEventsOf(decision.replacement().id())).singleElement().isInstanceOf(FeeLineApproved.class);
        assertThat(feeLines.find(LECTURE).orElseThrow().gross()).isEqualTo(Money.ofCents(7500));
        assertThat(feeLines.taxableIncomeOf(EXPERT, 2025)).isEqualTo(Money.ofCents(5000));
    }

    @Test
    void aLineIsDecidedAboutOnceAndItsReplacementCanBeCorrectedInTurn() {
        FeeDecisionDetails lower = new FeeDecisionDetails(5000, 0, 0, "A development group, not a lecture");
        FeeLine replacement = service.decide(FINANCE_SOITE, LECTURE, FeeCorrection.Kind.CORRECTION, lower)
                .replacement();

        assertThatThrownBy(() -> service.decide(FINANCE_SOITE, LECTURE, FeeCorrection.Kind.CORRECTION, lower))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
                    assertThat(problem.code()).isEqualTo("fee-line-decided");
                });
        FeeLineDecision again = service.decide(FINANCE_SOITE, replacement.id(), FeeCorrection.Kind.CORRECTION,
                new FeeDecisionDetails(7500, 0, 0, "It was a lecture after all"));

        assertThat(again.reversal().id()).isEqualTo(new FeeLineId("fee-a-lecture.s1.revision-2.reversal"));
        assertThat(again.replacement().id()).isEqualTo(new FeeLineId("fee-a-lecture.s1.revision-3"));
        assertThat(feeLines.taxableIncomeOf(EXPERT, 2025)).isEqualTo(Money.ofCents(7500));
    }

    @Test
    void aDecisionInterruptedAfterItWasRecordedIsCompletedAsFirstDecided() {
        FeeCorrection recorded = FeeCorrection.about(feeLines.find(LECTURE).orElseThrow(),
                FeeCorrection.Kind.CORRECTION, Money.ofCents(5000), Reimbursements.NONE, "A development group",
                "finance.soite", NOW.minusSeconds(60));
        corrections.addIfAbsent(recorded);

        FeeLineDecision completed = service.decide(actor("admin", Role.ADMIN, null), LECTURE,
                FeeCorrection.Kind.CORRECTION, new FeeDecisionDetails(9900, 0, 0, "A retry with other amounts"));

        assertThat(completed.correction()).isEqualTo(recorded);
        assertThat(completed.replacement().gross()).isEqualTo(Money.ofCents(5000));
        assertThat(feeLines.find(LECTURE.reversal())).isPresent();
        assertThat(feeLines.taxableIncomeOf(EXPERT, 2025)).isEqualTo(Money.ofCents(5000));
    }

    @Test
    void refusesTheWrongKindAndChangesNothing() {
        assertThatThrownBy(() -> service.decide(FINANCE_SOITE, LECTURE, FeeCorrection.Kind.PRICING,
                new FeeDecisionDetails(5000, 0, 0, "reason")))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo("fee-line-not-pricing-required"));

        assertThat(corrections.find(LECTURE)).isEmpty();
        assertThat(feeLines.storedEvents()).hasSize(1);
    }

    @Test
    void financeDecidesOnlyAboutItsOwnCountysLines() {
        assertThatThrownBy(() -> service.decide(FINANCE_SOITE, GUIDANCE, FeeCorrection.Kind.PRICING,
                new FeeDecisionDetails(2500, 0, 0, "reason")))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.code()).isEqualTo("other-county"));
        assertThatThrownBy(() -> service.decide(FINANCE_SOITE, FeeLineId.of("unknown", "s1"),
                FeeCorrection.Kind.CORRECTION, new FeeDecisionDetails(2500, 0, 0, "reason")))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.NOT_FOUND));
        assertThat(corrections.find(GUIDANCE)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COORDINATOR", "ORDERER", "EXPERT", "NGO_PARTNER"})
    void onlyFinanceAndAdminsDecide(Role role) {
        assertThatThrownBy(() -> service.decide(actor("someone", role, SOITE), LECTURE,
                FeeCorrection.Kind.CORRECTION, new FeeDecisionDetails(5000, 0, 0, "reason")))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.FORBIDDEN));
        assertThat(corrections.find(LECTURE)).isEmpty();
    }

    @Test
    void countyStaffReadWhoDecidedWhatAndWhy() {
        service.decide(FINANCE_SOITE, LECTURE, FeeCorrection.Kind.CORRECTION,
                new FeeDecisionDetails(5000, 0, 0, "A development group, not a lecture"));

        FeeLineDecision shown = service.show(actor("coordinator.soite", Role.COORDINATOR, SOITE), LECTURE);

        assertThat(shown.correction().decidedBy()).isEqualTo("finance.soite");
        assertThat(shown.correction().reason()).isEqualTo("A development group, not a lecture");
        assertThat(shown.reversal().id()).isEqualTo(LECTURE.reversal());
        assertThat(shown.replacement().gross()).isEqualTo(Money.ofCents(5000));
        assertThatThrownBy(() -> service.show(FINANCE_ITU, GUIDANCE))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.code()).isEqualTo("fee-line-not-decided"));
    }

    private List<FeeLineEvent> storedEventsOf(FeeLineId line) {
        return feeLines.storedEvents().stream().filter(event -> event.line().id().equals(line)).toList();
    }

    private static Actor actor(String username, Role role, String county) {
        return new Actor("sub-" + username, username, Set.of(role), county, null);
    }
}
