package fi.kokemus.fee.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SoiteTariffTest {

    private static final TariffHistory SOITE = new TariffHistory("keski-pohjanmaa", List.of(PublishedTariffs.SOITE_2024));

    @ParameterizedTest(name = "{0} × {1} = {2} cents")
    @CsvSource({
        "CLIENT_SUPPORT,             1,  3000",
        "CLIENT_SUPPORT,             4, 12000",
        "GROUP_CO_LEADING,           1,  3000",
        "GROUP_CO_LEADING,           6, 18000",
        "STORY_TELLING,              1,  3000",
        "STORY_TELLING,              3,  9000",
        "DEVELOPMENT_GROUP,          1,  5000",
        "DEVELOPMENT_GROUP,          5, 25000",
        "DEVELOPMENT_GROUP_PREPARED, 1,  7500",
        "DEVELOPMENT_GROUP_PREPARED, 3, 22500",
        "LECTURE_REGIONAL,           1,  7500",
        "LECTURE_REGIONAL,           2, 15000",
        "LECTURE_NATIONAL,           1, 10000",
        "LECTURE_NATIONAL,          12, 120000",
    })
    void pricesEachRowPerOccasion(String taskType, int occasions, long expectedCents) {
        Pricing pricing = PricingPolicy.price(work(taskType, occasions, LocalDate.of(2025, 6, 12)), SOITE);

        assertThat(pricing).isEqualTo(new Pricing.Priced(Money.ofCents(expectedCents),
                "keski-pohjanmaa/" + taskType + "/per-occasion@2024-01-01"));
    }

    @ParameterizedTest(name = "{0} for {1} minutes = {2} cents")
    @CsvSource({"CLIENT_SUPPORT, 15, 3000", "CLIENT_SUPPORT, 240, 3000", "LECTURE_NATIONAL, 480, 10000"})
    void perOccasionIgnoresTheTimeSpent(String taskType, int minutesWorked, long expectedCents) {
        Pricing pricing = PricingPolicy.price(workWithMinutes(taskType, minutesWorked), SOITE);

        assertThat(pricing).isInstanceOfSatisfying(Pricing.Priced.class,
                priced -> assertThat(priced.gross()).isEqualTo(Money.ofCents(expectedCents)));
    }

    @ParameterizedTest(name = "from {0}")
    @CsvSource({"2024-01-01", "2030-12-31"})
    void isValidFromTheStartOf2024OnwardsWithoutEnd(LocalDate earningDate) {
        assertThat(PricingPolicy.price(work("CLIENT_SUPPORT", 1, earningDate), SOITE))
                .isInstanceOf(Pricing.Priced.class);
    }

    @ParameterizedTest(name = "on {0}")
    @CsvSource({"2023-12-31", "2020-06-01"})
    void workBeforeTheTariffNeedsPricingByAPerson(LocalDate earningDate) {
        assertThat(PricingPolicy.price(work("CLIENT_SUPPORT", 1, earningDate), SOITE))
                .isEqualTo(new Pricing.PricingRequired("No tariff of keski-pohjanmaa is valid on " + earningDate));
    }

    private static Occurrence work(String taskType, int occasions, LocalDate earningDate) {
        return new Occurrence("order-1", "assignment-1", "s1", "expert-1", "aino.testinen", "keski-pohjanmaa",
                "soite-mental-health-unit", "CC-4100", taskType, earningDate, occasions, 90);
    }

    private static Occurrence workWithMinutes(String taskType, int minutesWorked) {
        return new Occurrence("order-1", "assignment-1", "s1", "expert-1", "aino.testinen", "keski-pohjanmaa",
                "soite-mental-health-unit", "CC-4100", taskType, LocalDate.of(2025, 6, 12), 1, minutesWorked);
    }
}
