package fi.kokemus.fee.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TravelPolicyTest {

    private static final CountyFeeRules TAX_FREE_RATES = PublishedCountyRules.of("ita-uusimaa");

    @ParameterizedTest(name = "{0}: {1} km with {2} passengers = {3} c")
    @CsvSource({
        "2024, 100, 0, 5700",
        "2024, 100, 2, 6500",
        "2025, 100, 0, 5900",
        "2025, 123, 1, 7749",
        "2026, 100, 0, 5500",
        "2026,  37, 3, 2479",
        "2026,   0, 2,    0",
    })
    void paysTheKilometreAllowanceOfTheYearWithThePassengerSupplement(int year, int kilometres, int passengers,
            long expectedCents) {
        TravelClaim travel = new TravelClaim(kilometres, passengers, 0, 0, 0, 0, 0);

        Reimbursements paid = TravelPolicy.reimburse(travel, ratesOf(year), TAX_FREE_RATES);

        assertThat(paid).isEqualTo(new Reimbursements(Money.ofCents(expectedCents), Money.ZERO));
    }

    @ParameterizedTest(name = "{0}: {1} km away for {2} min with {3} free meals = {4} c")
    @CsvSource({
        // a per diem needs both: over 15 km and over 6 hours
        "2025,  15, 700, 0,    0",
        "2025,  16, 360, 0,    0",
        "2025,  16, 361, 0, 2400",
        // over 10 hours is a full per diem
        "2025, 100, 600, 0, 2400",
        "2025, 100, 601, 0, 5300",
        "2026, 100, 400, 0, 2500",
        "2026, 100, 601, 0, 5400",
        "2024, 100, 601, 0, 5100",
        // two free meals halve a full per diem, one a partial one
        "2025, 100, 601, 1, 5300",
        "2025, 100, 601, 2, 2650",
        "2025, 100, 400, 1, 1200",
        "2026, 100, 601, 2, 2700",
        "2026, 100, 601, 3, 2700",
        "2026, 100, 400, 1, 1250",
    })
    void paysAPerDiemWhereItsConditionsHold(int year, int farthestKilometres, int awayMinutes, int freeMeals,
            long expectedCents) {
        TravelClaim travel = new TravelClaim(0, 0, awayMinutes, farthestKilometres, freeMeals, 0, 0);

        Reimbursements paid = TravelPolicy.reimburse(travel, ratesOf(year), TAX_FREE_RATES);

        assertThat(paid).isEqualTo(new Reimbursements(Money.ofCents(expectedCents), Money.ZERO));
    }

    @ParameterizedTest(name = "{0}: {1} km away for {2} min, {3} free meals, usual place to eat unavailable {4} = {5} c")
    @CsvSource({
        // no per diem due and the usual place to eat could not be used: the year's meal allowance
        "2026,  10, 240, 0, true,  1350",
        "2025,  10, 240, 0, true,  1325",
        "2024,  10, 240, 0, true,  1275",
        "2026,  40, 360, 0, true,  1350",
        "2026,  15, 700, 0, true,  1350",
        // a per diem is paid instead, also when free meals halve it
        "2026,  40, 420, 0, true,  2500",
        "2026,  40, 660, 0, true,  5400",
        "2026,  40, 420, 1, true,  1250",
        // the usual place to eat could be used: nothing
        "2026,  10, 240, 0, false,    0",
        "2025,  10, 240, 0, false,    0",
    })
    void paysTheMealAllowanceOnlyWhereNoPerDiemIsDue(int year, int farthestKilometres, int awayMinutes,
            int freeMeals, boolean usualMealPlaceUnavailable, long expectedCents) {
        TravelClaim travel = new TravelClaim(0, 0, awayMinutes, farthestKilometres, freeMeals, 0, 0,
                usualMealPlaceUnavailable);

        Reimbursements paid = TravelPolicy.reimburse(travel, ratesOf(year), TAX_FREE_RATES);

        assertThat(paid).isEqualTo(new Reimbursements(Money.ofCents(expectedCents), Money.ZERO));
    }

    @Test
    void theMealAllowanceStaysTaxFreeBesideAGenerousKilometreRate() {
        // 2026: 20 km at the county's 0.60 €/km, a short trip without the usual place to eat
        TravelClaim travel = new TravelClaim(20, 0, 180, 10, 0, 0, 0, true);
        CountyFeeRules generous = TAX_FREE_RATES.withKilometreRatePaid(Money.ofCents(60));

        assertThat(TravelPolicy.reimburse(travel, ratesOf(2026), generous))
                .isEqualTo(new Reimbursements(Money.ofCents(20 * 55 + 1350), Money.ofCents(20 * 5)));
    }

    @Test
    void ticketsAndExpensesAgainstReceiptsArePaidAsTheyAreTaxFree() {
        TravelClaim travel = new TravelClaim(0, 0, 0, 0, 0, 1250, 830);

        assertThat(TravelPolicy.reimburse(travel, ratesOf(2025), TAX_FREE_RATES))
                .isEqualTo(new Reimbursements(Money.ofCents(2080), Money.ZERO));
    }

    @ParameterizedTest(name = "a county paying {0} c/km in 2026: {1} c tax-free, {2} c taxable")
    @CsvSource({
        "60, 5500, 500",
        "55, 5500,   0",
        "50, 5000,   0",
    })
    void whatIsPaidAboveTheTaxFreeMaximumIsTaxable(long centsPerKilometre, long taxFree, long taxable) {
        TravelClaim travel = new TravelClaim(100, 0, 0, 0, 0, 0, 0);
        CountyFeeRules generous = TAX_FREE_RATES.withKilometreRatePaid(Money.ofCents(centsPerKilometre));

        assertThat(TravelPolicy.reimburse(travel, ratesOf(2026), generous))
                .isEqualTo(new Reimbursements(Money.ofCents(taxFree), Money.ofCents(taxable)));
    }

    @Test
    void addsEveryPartOfOneTrip() {
        // 2025: 80 km with one passenger, 7 hours away 40 km from home, a ticket and a parking receipt
        TravelClaim travel = new TravelClaim(80, 1, 420, 40, 0, 350, 400);

        assertThat(TravelPolicy.reimburse(travel, ratesOf(2025), TAX_FREE_RATES).taxFree())
                .isEqualTo(Money.ofCents(80 * 59 + 80 * 4 + 2400 + 350 + 400));
    }

    @ParameterizedTest(name = "rates on {0}: {1}")
    @CsvSource({"2023-12-31, false", "2024-01-01, true", "2026-12-31, true", "2027-01-01, false"})
    void ratesAreKnownFor2024To2026(LocalDate day, boolean known) {
        assertThat(TravelRateTable.PUBLISHED.ratesOn(day).isPresent()).isEqualTo(known);
    }

    @ParameterizedTest(name = "{0}: {1} c/km")
    @CsvSource({"2024-06-30, 57", "2025-01-01, 59", "2025-12-31, 59", "2026-01-01, 55"})
    void eachYearHasItsOwnKilometreRate(LocalDate day, long cents) {
        assertThat(TravelRateTable.PUBLISHED.ratesOn(day).orElseThrow().perKilometre()).isEqualTo(Money.ofCents(cents));
    }

    @Test
    void aTripOverADayIsLeftToAPerson() {
        assertThat(new TravelClaim(0, 0, 24 * 60, 100, 0, 0, 0).spansMoreThanADay()).isFalse();
        assertThat(new TravelClaim(0, 0, 24 * 60 + 1, 100, 0, 0, 0).spansMoreThanADay()).isTrue();
    }

    private static TravelRates ratesOf(int year) {
        return TravelRateTable.PUBLISHED.ratesOn(LocalDate.of(year, 6, 1)).orElseThrow();
    }
}
