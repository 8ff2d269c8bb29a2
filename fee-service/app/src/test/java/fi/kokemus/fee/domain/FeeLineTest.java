package fi.kokemus.fee.domain;

import static fi.kokemus.fee.WorkFixtures.soiteWork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.fee.WorkFixtures;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeeLineTest {

    private static final TariffHistory SOITE = new TariffHistory("keski-pohjanmaa", List.of(PublishedTariffs.SOITE_2024));
    private static final Pricing.Priced LECTURE = new Pricing.Priced(Money.ofCents(7500),
            "keski-pohjanmaa/LECTURE_REGIONAL/per-occasion@2024-01-01");
    private static final Reimbursements TRAVEL = new Reimbursements(Money.ofCents(5900), Money.ofCents(500));
    private static final Withholding WITHHELD = new Withholding(Money.ofCents(1600), "tax-card 2025: 20 %");

    @Test
    void isIdentifiedByTheAssignmentAndSessionItPays() {
        FeeLine line = WorkFixtures.tariffLine(soiteWork("assignment-7", "LECTURE_REGIONAL", 2), SOITE);

        assertThat(line.id()).isEqualTo(new FeeLineId("fee-assignment-7.s1"));
        assertThat(line.id().reversal()).isEqualTo(new FeeLineId("fee-assignment-7.s1.reversal"));
    }

    @Test
    void aLineThatPaysIsApprovedWithEveryAmount() {
        FeeLine line = FeeLine.settle(soiteWork("assignment-7", "LECTURE_REGIONAL", 1), 2025, FeeBasis.APPROVED_WORK,
                LECTURE, TRAVEL, WITHHELD);

        assertThat(line.state()).isEqualTo(FeeLineState.PRICED);
        assertThat(line.gross()).isEqualTo(Money.ofCents(7500));
        assertThat(line.taxableIncome()).isEqualTo(Money.ofCents(8000));
        assertThat(line.net()).isEqualTo(Money.ofCents(6400));
        assertThat(line.payout()).isEqualTo(Money.ofCents(12300));
        assertThat(line.incomeType()).isEqualTo(IncomeType.LECTURE_FEE);
        assertThat(line.pendingEvents()).containsExactly(new FeeLineApproved(line));
    }

    @Test
    void reimbursementsAloneArePaid() {
        FeeLine line = FeeLine.settle(soiteWork("assignment-7", "CLIENT_SUPPORT", 1), 2025, FeeBasis.APPROVED_WORK,
                new Pricing.Priced(Money.ZERO, "peer-support/travel-only"), Reimbursements.taxFree(Money.ofCents(1180)),
                Withholding.NONE);

        assertThat(line.state()).isEqualTo(FeeLineState.PRICED);
        assertThat(line.payout()).isEqualTo(Money.ofCents(1180));
        assertThat(line.pendingEvents()).hasSize(1);
    }

    @Test
    void aLineThatPaysNothingIsKeptButNotAnnounced() {
        FeeLine waivedWithoutTravel = FeeLine.settle(soiteWork("a-1", "CLIENT_SUPPORT", 1), 2025,
                FeeBasis.APPROVED_WORK, new Pricing.Priced(Money.ZERO, "fee-waived/reimbursements-only"),
                Reimbursements.NONE, Withholding.NONE);
        FeeLine ill = FeeLine.settle(soiteWork("a-2", "CLIENT_SUPPORT", 0), 2025, FeeBasis.EXPERT_ILL,
                new Pricing.NotPayable("The expert fell ill"), Reimbursements.NONE, Withholding.NONE);

        assertThat(waivedWithoutTravel.state()).isEqualTo(FeeLineState.NOT_PAYABLE);
        assertThat(waivedWithoutTravel.pendingEvents()).isEmpty();
        assertThat(ill.state()).isEqualTo(FeeLineState.NOT_PAYABLE);
        assertThat(ill.pendingEvents()).isEmpty();
    }

    @Test
    void aLineNoTariffCoversWaitsForPricingAndAnnouncesNothing() {
        FeeLine line = WorkFixtures.tariffLine(soiteWork("assignment-8", "PANEL_MEMBER", 1), SOITE);

        assertThat(line.state()).isEqualTo(FeeLineState.PRICING_REQUIRED);
        assertThat(line.pendingEvents()).isEmpty();
    }

    @Test
    void onlyAPricedLinePaysReimbursementsOrWithholds() {
        assertThatThrownBy(() -> FeeLine.settle(soiteWork("a-1", "CLIENT_SUPPORT", 1), 2025, FeeBasis.EXPERT_ILL,
                new Pricing.NotPayable("ill"), TRAVEL, Withholding.NONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReversalNegatesEveryAmountAndIsAnnouncedAsSuch() {
        FeeLine line = FeeLine.settle(soiteWork("assignment-7", "LECTURE_REGIONAL", 1), 2025, FeeBasis.APPROVED_WORK,
                LECTURE, TRAVEL, WITHHELD);

        FeeLine reversal = line.reversal(line.taxYear());

        assertThat(reversal.id()).isEqualTo(new FeeLineId("fee-assignment-7.s1.reversal"));
        assertThat(reversal.reverses()).isEqualTo(line.id());
        assertThat(reversal.basis()).isEqualTo(FeeBasis.REVERSAL);
        assertThat(reversal.gross()).isEqualTo(Money.ofCents(-7500));
        assertThat(reversal.reimbursements()).isEqualTo(TRAVEL.negated());
        assertThat(reversal.withholding().amount()).isEqualTo(Money.ofCents(-1600));
        assertThat(reversal.net()).isEqualTo(line.net().negated());
        assertThat(reversal.payout()).isEqualTo(line.payout().negated());
        assertThat(reversal.pendingEvents()).containsExactly(new FeeLineReversed(reversal));
        // the original is not touched
        assertThat(line.gross()).isEqualTo(Money.ofCents(7500));
    }

    @Test
    void onlyAnApprovedLineCanBeReversedAndOnlyOnce() {
        FeeLine unpriced = WorkFixtures.tariffLine(soiteWork("assignment-8", "PANEL_MEMBER", 1), SOITE);
        FeeLine reversal = FeeLine.settle(soiteWork("assignment-7", "LECTURE_REGIONAL", 1), 2025,
                FeeBasis.APPROVED_WORK, LECTURE, TRAVEL, WITHHELD).reversal(2025);

        assertThatThrownBy(() -> unpriced.reversal(2025)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> reversal.reversal(2025)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRestoredLineDoesNotAnnounceItselfAgain() {
        FeeLine priced = WorkFixtures.tariffLine(soiteWork("assignment-7", "LECTURE_REGIONAL", 2), SOITE);

        FeeLine restored = FeeLine.restore(priced.id(), priced.occurrence(), priced.taxYear(), priced.basis(),
                priced.pricing(), priced.reimbursements(), priced.withholding(), null);

        assertThat(restored.state()).isEqualTo(FeeLineState.PRICED);
        assertThat(restored.pendingEvents()).isEmpty();
    }

    @Test
    void refusesOccurrencesWithNegativeOccasionsOrMissingIds() {
        assertThatThrownBy(() -> soiteWork("assignment-7", "LECTURE_REGIONAL", -1))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.field()).isEqualTo("occasions"));
        assertThatThrownBy(() -> new Occurrence("order-1", " ", "s1", "expert-1", "aino", "keski-pohjanmaa", "unit",
                null, "CLIENT_SUPPORT", LocalDate.of(2025, 1, 1), 1, 60))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.field()).isEqualTo("assignmentId"));
        assertThatThrownBy(() -> new Occurrence("order-1", "a-1", null, "expert-1", "aino", "keski-pohjanmaa", "unit",
                null, "CLIENT_SUPPORT", LocalDate.of(2025, 1, 1), 1, 60))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.field()).isEqualTo("sessionId"));
    }

    @Test
    void refusesIdsThatNameNoAssignment() {
        assertThatThrownBy(() -> new FeeLineId("fee-")).isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> new FeeLineId("assignment-7")).isInstanceOf(DomainProblem.class);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "LECTURE_REGIONAL,           LECTURE_FEE",
        "LECTURE_NATIONAL,           LECTURE_FEE",
        "DEVELOPMENT_GROUP,          MEETING_FEE",
        "DEVELOPMENT_GROUP_PREPARED, MEETING_FEE",
        "WORKING_GROUP_MEMBER,       MEETING_FEE",
        "SEMINAR_PRESENTER,          LECTURE_FEE",
        "PANEL_MEMBER,               OTHER_WAGE",
        "CLIENT_SUPPORT,             OTHER_WAGE",
        "GROUP_CO_LEADING,           OTHER_WAGE",
        "STORY_TELLING,              OTHER_WAGE",
        "GROUP_GUIDANCE,             OTHER_WAGE",
    })
    void reportsTheIncomeTypeOfTheTask(String taskType, IncomeType expected) {
        assertThat(IncomeType.of(taskType)).isEqualTo(expected);
    }
}
