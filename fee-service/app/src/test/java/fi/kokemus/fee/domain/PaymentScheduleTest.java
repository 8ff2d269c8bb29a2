package fi.kokemus.fee.domain;

import static fi.kokemus.fee.PaidLines.helsinki;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentScheduleTest {

    private static final PaymentSchedule ITA_UUSIMAA = PaymentSchedules.ITA_UUSIMAA;

    @ParameterizedTest(name = "recorded {0} Finnish time → paid in {1}")
    @CsvSource({
            "2026-11-08T12:00:00, 2026-11",
            "2026-11-09T00:00:00, 2026-11",
            "2026-11-09T23:59:59, 2026-11",
            "2026-11-10T00:00:00, 2026-12",
            "2026-11-30T23:59:59, 2026-12",
            "2026-12-01T00:00:00, 2026-12",
            "2026-12-09T23:59:59, 2026-12",
            "2026-12-10T00:00:00, 2027-01",
            "2026-12-31T23:59:59, 2027-01",
            "2027-01-01T00:00:00, 2027-01",
            "2027-01-31T10:00:00, 2027-02",
            "2027-02-09T23:59:59, 2027-02",
            "2026-06-09T23:59:59, 2026-06",
            "2026-06-10T00:00:00, 2026-07"})
    void reportsByTheNinthArePaidThatMonthAndLaterOnesRollToTheNext(String recorded, String paymentMonth) {
        assertThat(ITA_UUSIMAA.paymentMonthOf(helsinki(recorded))).isEqualTo(YearMonth.parse(paymentMonth));
    }

    @ParameterizedTest(name = "{0}: too late from {1}")
    @CsvSource({
            "2026-11, 2026-11-09T22:00:00Z",
            "2026-06, 2026-06-09T21:00:00Z",
            "2027-01, 2027-01-09T22:00:00Z"})
    void theCutOffIsMidnightAfterTheNinthInFinlandSummerAndWinter(String month, String cutOff) {
        assertThat(ITA_UUSIMAA.cutOff(YearMonth.parse(month))).isEqualTo(Instant.parse(cutOff));
    }

    @Test
    void theCutOffFollowsTheClockChangesWhenItFallsOnThem() {
        // Clocks go back on Sunday 25 October 2026 and forward on Sunday 28 March 2027.
        PaymentSchedule octoberChange = new PaymentSchedule(25);
        assertThat(octoberChange.cutOff(YearMonth.of(2026, 10))).isEqualTo(Instant.parse("2026-10-25T22:00:00Z"));
        assertThat(octoberChange.paymentMonthOf(Instant.parse("2026-10-25T21:30:00Z"))).isEqualTo(YearMonth.of(2026, 10));
        assertThat(octoberChange.paymentMonthOf(Instant.parse("2026-10-25T22:00:00Z"))).isEqualTo(YearMonth.of(2026, 11));

        PaymentSchedule marchChange = new PaymentSchedule(28);
        assertThat(marchChange.cutOff(YearMonth.of(2027, 3))).isEqualTo(Instant.parse("2027-03-28T21:00:00Z"));
        assertThat(marchChange.paymentMonthOf(Instant.parse("2027-03-28T20:59:59Z"))).isEqualTo(YearMonth.of(2027, 3));
        assertThat(marchChange.paymentMonthOf(Instant.parse("2027-03-28T21:00:00Z"))).isEqualTo(YearMonth.of(2027, 4));
    }

    @Test
    void aLineRecordedJustBeforeTheCutOffBelongsToTheMonthAndOneAtItToTheNext() {
        YearMonth month = YearMonth.of(2026, 11);
        Instant cutOff = ITA_UUSIMAA.cutOff(month);

        assertThat(ITA_UUSIMAA.paymentMonthOf(cutOff.minusNanos(1))).isEqualTo(month);
        assertThat(ITA_UUSIMAA.paymentMonthOf(cutOff)).isEqualTo(month.plusMonths(1));
    }

    @ParameterizedTest(name = "{0} is paid on {1}")
    @CsvSource({"2026-11, 2026-11-30", "2026-12, 2026-12-31", "2027-02, 2027-02-28", "2028-02, 2028-02-29"})
    void paymentIsOnTheLastDayOfTheMonth(String month, String paymentDate) {
        assertThat(ITA_UUSIMAA.paymentDate(YearMonth.parse(month))).isEqualTo(LocalDate.parse(paymentDate));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 29, 31})
    void aCutOffDayFallsInEveryMonth(int day) {
        assertThatThrownBy(() -> new PaymentSchedule(day)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countiesWithoutAScheduleOfTheirOwnFollowItaUusimaaUntilConfiguredOtherwise() {
        PaymentSchedules published = PaymentSchedules.published();
        assertThat(published.of("keski-pohjanmaa")).isEqualTo(ITA_UUSIMAA);
        assertThat(published.of("pohjois-pohjanmaa")).isEqualTo(ITA_UUSIMAA);

        PaymentSchedules configured = published.withCutOffDays(Map.of("keski-pohjanmaa", 15));
        assertThat(configured.of("keski-pohjanmaa")).isEqualTo(new PaymentSchedule(15));
        assertThat(configured.of("ita-uusimaa")).isEqualTo(ITA_UUSIMAA);
    }
}
