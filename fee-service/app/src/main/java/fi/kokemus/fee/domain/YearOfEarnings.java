package fi.kokemus.fee.domain;

import java.time.Month;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An expert's paid lines of a tax year (the year they are paid in), month by month by earning date,
 * next to the limit they follow. Lines of the year earned in another one (December's work paid in
 * January, a reversal of last year's line) are summed apart, so the months and they add up to the
 * total. Income against a limit is the taxable income: gross fees and taxable reimbursements.
 */
public record YearOfEarnings(int year, List<MonthOfEarnings> months, PayTotals earnedInOtherYears,
        PayTotals total, Optional<EarningsLimit> limit) {

    /** @param headroom what the month can still earn under the monthly limit, empty without one */
    public record MonthOfEarnings(YearMonth month, PayTotals totals, Optional<Money> headroom) {
    }

    public static YearOfEarnings of(int year, List<FeeLine> lines, Optional<EarningsLimit> limit) {
        List<FeeLine> paid = lines.stream().filter(line -> line.state() == FeeLineState.PRICED).toList();
        List<MonthOfEarnings> months = Arrays.stream(Month.values()).map(month -> YearMonth.of(year, month))
                .map(month -> monthOf(month, paid, limit))
                .toList();
        PayTotals earnedInOtherYears = PayTotals.sum(paid.stream()
                .filter(line -> line.occurrence().earningDate().getYear() != year).toList());
        return new YearOfEarnings(year, months, earnedInOtherYears, PayTotals.sum(paid), limit);
    }

    private static MonthOfEarnings monthOf(YearMonth month, List<FeeLine> paid, Optional<EarningsLimit> limit) {
        PayTotals totals = PayTotals.sum(paid.stream()
                .filter(line -> YearMonth.from(line.occurrence().earningDate()).equals(month)).toList());
        return new MonthOfEarnings(month, totals, limit.map(EarningsLimit::monthly)
                .map(monthly -> monthly.minus(totals.taxableIncome())));
    }

    /** What the year can still earn under the annual limit (negative once over it), empty without one. */
    public Optional<Money> annualHeadroom() {
        return limit.map(EarningsLimit::annual).map(annual -> annual.minus(total.taxableIncome()));
    }
}
