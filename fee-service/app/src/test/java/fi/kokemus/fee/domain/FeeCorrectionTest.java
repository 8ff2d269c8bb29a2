package fi.kokemus.fee.domain;

import static fi.kokemus.fee.WorkFixtures.ITU;
import static fi.kokemus.fee.WorkFixtures.MIDSUMMER_WEEK;
import static fi.kokemus.fee.WorkFixtures.soiteWork;
import static fi.kokemus.fee.WorkFixtures.work;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.fee.WorkFixtures;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeeCorrectionTest {

    private static final Instant NOW = Instant.parse("2025-07-01T08:00:00Z");
    private static final FeeLine APPROVED = WorkFixtures.tariffLine(soiteWork("a-1", "LECTURE_REGIONAL", 1),
            new TariffHistory(WorkFixtures.SOITE, List.of(PublishedTariffs.SOITE_2024)));
    private static final FeeLine UNPRICED = WorkFixtures.tariffLine(
            work(ITU, "a-2", "GROUP_GUIDANCE", 1, MIDSUMMER_WEEK), new TariffHistory(ITU, List.of()));

    @ParameterizedTest
    @CsvSource({
            "fee-a-1.s1, fee-a-1.s1.revision-2",
            "fee-a-1.s1.revision-2, fee-a-1.s1.revision-3",
            "fee-a-1.s1.revision-9, fee-a-1.s1.revision-10",
            "fee-a-1.revision-x, fee-a-1.revision-x.revision-2"})
    void aReplacementIsTheNextRevisionOfTheLine(String line, String replacement) {
        assertThat(new FeeLineId(line).nextRevision()).isEqualTo(new FeeLineId(replacement));
    }

    @Test
    void pricingALineThatWaitsForAPersonRecordsNoReversal() {
        FeeCorrection pricing = decide(UNPRICED, FeeCorrection.Kind.PRICING, 2500);

        assertThat(pricing.reversal()).isNull();
        assertThat(pricing.replacement()).isEqualTo(new FeeLineId("fee-a-2.s1.revision-2"));
        assertThat(pricing.pricing()).isEqualTo(new Pricing.Priced(Money.ofCents(2500), "decided by finance.itu"));
    }

    @Test
    void correctingAnApprovedLineReversesIt() {
        FeeCorrection correction = decide(APPROVED, FeeCorrection.Kind.CORRECTION, 5000);

        assertThat(correction.reversal()).isEqualTo(new FeeLineId("fee-a-1.s1.reversal"));
        assertThat(correction.replacement()).isEqualTo(new FeeLineId("fee-a-1.s1.revision-2"));
    }

    @Test
    void eachKindIsOnlyForTheLinesItFits() {
        assertThatThrownBy(() -> decide(APPROVED, FeeCorrection.Kind.PRICING, 5000))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo("fee-line-not-pricing-required"));
        assertThatThrownBy(() -> decide(UNPRICED, FeeCorrection.Kind.CORRECTION, 5000))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo("fee-line-not-approved"));
        assertThatThrownBy(() -> decide(APPROVED.reversal(APPROVED.taxYear()), FeeCorrection.Kind.CORRECTION, 0))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo("fee-line-not-approved"));
    }

    @Test
    void refusesNegativeAmountsAndDecisionsWithoutAReason() {
        assertThatThrownBy(() -> decide(APPROVED, FeeCorrection.Kind.CORRECTION, -1))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.field()).isEqualTo("grossCents"));
        assertThatThrownBy(() -> FeeCorrection.about(APPROVED, FeeCorrection.Kind.CORRECTION, Money.ZERO,
                new Reimbursements(Money.ZERO, Money.ofCents(-5)), "wrong km", "finance.soite", NOW))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.field()).isEqualTo("taxableReimbursementsCents"));
        assertThatThrownBy(() -> FeeCorrection.about(APPROVED, FeeCorrection.Kind.CORRECTION, Money.ZERO,
                Reimbursements.NONE, " ", "finance.soite", NOW))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.code()).isEqualTo("reason-required"));
        assertThatThrownBy(() -> FeeCorrection.about(APPROVED, FeeCorrection.Kind.CORRECTION, Money.ZERO,
                Reimbursements.NONE, "x".repeat(501), "finance.soite", NOW))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.code()).isEqualTo("reason-too-long"));
    }

    @Test
    void theReplacementPaysTheDecidedAmountsForTheSameOccurrence() {
        FeeCorrection correction = decide(APPROVED, FeeCorrection.Kind.CORRECTION, 5000);
        Withholding withholding = new Withholding(Money.ofCents(625), "tax card 2025: 12.5 %");

        FeeLine replacement = APPROVED.replacedBy(correction.replacement(), 2025, correction.pricing(),
                Reimbursements.taxFree(Money.ofCents(1200)), withholding);

        assertThat(replacement.id()).isEqualTo(correction.replacement());
        assertThat(replacement.occurrence()).isEqualTo(APPROVED.occurrence());
        assertThat(replacement.basis()).isEqualTo(FeeBasis.APPROVED_WORK);
        assertThat(replacement.state()).isEqualTo(FeeLineState.PRICED);
        assertThat(replacement.net()).isEqualTo(Money.ofCents(4375));
        assertThat(replacement.payout()).isEqualTo(Money.ofCents(5575));
        assertThat(replacement.reverses()).isNull();
        assertThat(replacement.pendingEvents()).containsExactly(new FeeLineApproved(replacement));
    }

    @Test
    void aReplacementThatPaysNothingAnnouncesNothing() {
        FeeLine nothing = APPROVED.replacedBy(APPROVED.id().nextRevision(), 2025,
                decide(APPROVED, FeeCorrection.Kind.CORRECTION, 0).pricing(), Reimbursements.NONE, Withholding.NONE);

        assertThat(nothing.state()).isEqualTo(FeeLineState.NOT_PAYABLE);
        assertThat(nothing.pendingEvents()).isEmpty();
    }

    private static FeeCorrection decide(FeeLine line, FeeCorrection.Kind kind, long grossCents) {
        String by = line.county().equals(ITU) ? "finance.itu" : "finance.soite";
        return FeeCorrection.about(line, kind, Money.ofCents(grossCents), Reimbursements.NONE, "agreed fee", by, NOW);
    }
}
