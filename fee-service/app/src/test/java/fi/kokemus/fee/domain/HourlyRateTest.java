package fi.kokemus.fee.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HourlyRateTest {

    @ParameterizedTest(name = "{0} c/h for {1} min = {2} c")
    @CsvSource({
        // whole and half hours are exact
        "2000,  60, 2000",
        "2000,  90, 3000",
        "2000, 480, 16000",
        // 33.33… rounds down, 66.66… rounds up
        "2000,   1,   33",
        "2000,   2,   67",
        // exactly half a cent rounds up
        "2050,   3,  103",
        "1990,   3,  100",
        // just below half a cent rounds down
        "2049,   3,  102",
        "2499,  45, 1874",
        "2500,  45, 1875",
        // nothing worked, nothing paid
        "2000,   0,    0",
    })
    void paysTheMinutesWorkedRoundedHalfUpToTheCent(long centsPerHour, int minutes, long expectedCents) {
        assertThat(TariffRate.perHour(centsPerHour).priceFor(1, minutes)).isEqualTo(Money.ofCents(expectedCents));
    }

    @ParameterizedTest(name = "{0} occasions")
    @CsvSource({"0", "1", "7"})
    void ignoresTheNumberOfOccasions(int occasions) {
        assertThat(TariffRate.perHour(2400).priceFor(occasions, 30)).isEqualTo(Money.ofCents(1200));
    }
}
