package fi.kokemus.fee.domain;

import static fi.kokemus.fee.PaidLines.paid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.fee.WorkFixtures;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YearOfEarningsTest {

    private static final String ITU = "ita-uusimaa";
    private static final FeeLine JANUARY = paid(ITU, "a-1", LocalDate.of(2026, 1, 15), 60000, 1500, 200, 12000);
    private static final FeeLine MARCH = paid(ITU, "a-2", LocalDate.of(2026, 3, 31), 30000, 0, 0, 6000);
    private static final FeeLine UNPRICED = WorkFixtures.tariffLine(
            WorkFixtures.work(ITU, "a-3", "GROUP_GUIDANCE", 1, LocalDate.of(2026, 3, 2)),
            new TariffHistory(ITU, List.of()));
    private static final EarningsLimit LIMIT = new EarningsLimit("aino.testinen", 2026, Money.ofCents(100000),
            Money.ofCents(50000));

    @Test
    void showsEveryMonthOfTheYearWithTheTaxableIncomeAgainstTheLimits() {
        YearOfEarnings year = YearOfEarnings.of(2026, List.of(JANUARY, MARCH, MARCH.reversal(2026), UNPRICED),
                Optional.of(LIMIT));

        assertThat(year.months()).hasSize(12);
        YearOfEarnings.MonthOfEarnings january = year.months().get(0);
        assertThat(january.month()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(january.totals().taxableIncome()).isEqualTo(Money.ofCents(60200));
        assertThat(january.headroom()).contains(Money.ofCents(50000 - 60200));
        YearOfEarnings.MonthOfEarnings march = year.months().get(2);
        assertThat(march.totals().lineCount()).isEqualTo(2);
        assertThat(march.totals().gross()).isEqualTo(Money.ZERO);
        assertThat(year.months().get(1).headroom()).contains(Money.ofCents(50000));
        assertThat(year.total().taxableIncome()).isEqualTo(Money.ofCents(60200));
        assertThat(year.total().taxFreeReimbursements()).isEqualTo(Money.ofCents(1500));
        assertThat(year.annualHeadroom()).contains(Money.ofCents(100000 - 60200));
    }

    @Test
    void decembersWorkPaidInJanuaryCountsInTheYearItIsPaidApartFromItsMonths() {
        FeeLine december = paid(ITU, "a-dec", LocalDate.of(2025, 12, 28), 7500, 0, 0, 1500);
        FeeLine decemberPaidInJanuary = FeeLine.restore(december.id(), december.occurrence(), 2026, december.basis(),
                december.pricing(), december.reimbursements(), december.withholding(), null);

        YearOfEarnings year = YearOfEarnings.of(2026, List.of(JANUARY, decemberPaidInJanuary), Optional.of(LIMIT));

        assertThat(year.months().get(0).totals().lineCount()).isEqualTo(1);
        assertThat(year.earnedInOtherYears().lineCount()).isEqualTo(1);
        assertThat(year.earnedInOtherYears().taxableIncome()).isEqualTo(Money.ofCents(7500));
        assertThat(year.total().taxableIncome()).isEqualTo(Money.ofCents(60200 + 7500));
        assertThat(year.annualHeadroom()).contains(Money.ofCents(100000 - 67700));
    }

    @Test
    void withoutALimitThereIsNoHeadroom() {
        YearOfEarnings year = YearOfEarnings.of(2026, List.of(JANUARY), Optional.empty());

        assertThat(year.annualHeadroom()).isEmpty();
        assertThat(year.months()).allSatisfy(month -> assertThat(month.headroom()).isEmpty());
    }

    @Test
    void aLimitIsAnnualOrMonthlyOrBothAndNeverNegative() {
        assertThat(new EarningsLimit("aino.testinen", 2026, null, Money.ofCents(1)).annual()).isNull();
        assertThatThrownBy(() -> new EarningsLimit("aino.testinen", 2026, null, null))
                .isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> new EarningsLimit("aino.testinen", 2026, Money.ofCents(-1), null))
                .isInstanceOf(DomainProblem.class);
    }
}
