package fi.kokemus.fee.domain;

import static fi.kokemus.fee.WorkFixtures.ITU;
import static fi.kokemus.fee.WorkFixtures.work;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PricingPolicyTest {

    private static final Tariff ITU_2024 = new Tariff(ITU, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
            Map.of("GROUP_GUIDANCE", TariffRate.perHour(2000)));
    private static final Tariff ITU_2025 = new Tariff(ITU, LocalDate.of(2025, 1, 1), null,
            Map.of("GROUP_GUIDANCE", TariffRate.perHour(2200)));
    private static final TariffHistory ITU_HISTORY = new TariffHistory(ITU, List.of(ITU_2025, ITU_2024));

    @ParameterizedTest(name = "work on {0} is priced by the version of {1}")
    @CsvSource({
        "2024-01-01, 2024-01-01, 3000",
        "2024-12-31, 2024-01-01, 3000",
        "2025-01-01, 2025-01-01, 3300",
        "2026-03-01, 2025-01-01, 3300",
    })
    void picksTheVersionValidOnTheEarningDate(LocalDate earningDate, LocalDate versionFrom, long expectedCents) {
        Pricing pricing = PricingPolicy.price(work(ITU, "a-1", "GROUP_GUIDANCE", 1, earningDate), ITU_HISTORY);

        assertThat(pricing).isEqualTo(new Pricing.Priced(Money.ofCents(expectedCents),
                "ita-uusimaa/GROUP_GUIDANCE/per-hour@" + versionFrom));
    }

    @Test
    void aTaskTheTariffDoesNotListNeedsPricingByAPerson() {
        Pricing pricing = PricingPolicy.price(work(ITU, "a-1", "LECTURE_NATIONAL", 1, LocalDate.of(2025, 2, 3)),
                ITU_HISTORY);

        assertThat(pricing).isEqualTo(
                new Pricing.PricingRequired("Tariff ita-uusimaa/2025-01-01 has no rate for LECTURE_NATIONAL"));
    }

    @Test
    void aCountyWithoutTariffNeedsPricingByAPerson() {
        Pricing pricing = PricingPolicy.price(work("pohjois-pohjanmaa", "a-1", "LECTURE_REGIONAL", 1,
                LocalDate.of(2025, 2, 3)), new TariffHistory("pohjois-pohjanmaa", List.of()));

        assertThat(pricing).isInstanceOf(Pricing.PricingRequired.class);
    }

    @Test
    void zeroOccasionsOnAPerOccasionRateIsNotSilentlyPricedAtZero() {
        TariffHistory soite = new TariffHistory("keski-pohjanmaa", List.of(PublishedTariffs.SOITE_2024));

        Pricing pricing = PricingPolicy.price(work("keski-pohjanmaa", "a-1", "CLIENT_SUPPORT", 0,
                LocalDate.of(2025, 2, 3)), soite);

        assertThat(pricing).isEqualTo(
                new Pricing.PricingRequired("The work reports nothing the per-occasion rate pays for"));
    }

    @Test
    void anExampleTariffPricesNothingButSaysWhatItWouldPay() {
        TariffHistory example = new TariffHistory(ITU, List.of(PublishedTariffs.ITA_UUSIMAA_EXAMPLE));

        Pricing pricing = PricingPolicy.price(work(ITU, "a-1", "GROUP_GUIDANCE", 1, LocalDate.of(2025, 2, 3)), example);

        assertThat(pricing).isEqualTo(new Pricing.PricingRequired("Tariff ita-uusimaa/2024-01-01 is an example, "
                + "not the county's decision: ita-uusimaa/GROUP_GUIDANCE/per-hour@2024-01-01 would pay 3000 c"));
    }
}
