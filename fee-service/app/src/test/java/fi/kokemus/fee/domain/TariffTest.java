package fi.kokemus.fee.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TariffTest {

    private static final Map<String, TariffRate> RATES = Map.of("CLIENT_SUPPORT", TariffRate.perOccasion(3000));

    @Test
    void isIdentifiedByCountyAndStartDate() {
        assertThat(PublishedTariffs.SOITE_2024.id()).isEqualTo("keski-pohjanmaa/2024-01-01");
    }

    @Test
    void listsItsRatesByTaskType() {
        assertThat(PublishedTariffs.SOITE_2024.rates().keySet()).containsExactly("CLIENT_SUPPORT",
                "DEVELOPMENT_GROUP", "DEVELOPMENT_GROUP_PREPARED", "GROUP_CO_LEADING", "LECTURE_NATIONAL",
                "LECTURE_REGIONAL", "STORY_TELLING");
    }

    @ParameterizedTest(name = "[{0} .. {1}] valid on {2}: {3}")
    @CsvSource({
        "2025-01-01, 2025-12-31, 2025-01-01, true",
        "2025-01-01, 2025-12-31, 2025-12-31, true",
        "2025-01-01, 2025-12-31, 2024-12-31, false",
        "2025-01-01, 2025-12-31, 2026-01-01, false",
        "2025-01-01,           , 2099-01-01, true",
    })
    void isValidFromItsFirstThroughItsLastDay(LocalDate from, LocalDate until, LocalDate day, boolean valid) {
        assertThat(new Tariff("ita-uusimaa", from, until, RATES).validOn(day)).isEqualTo(valid);
    }

    @Test
    void cannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new Tariff("ita-uusimaa", LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1), RATES))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.field()).isEqualTo("validUntil"));
    }

    @Test
    void refusesAmountsThatAreNotPositive() {
        assertThatThrownBy(() -> TariffRate.perOccasion(0)).isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> TariffRate.perHour(-100)).isInstanceOf(DomainProblem.class);
    }

    @Test
    void aHistoryRefusesOverlappingVersions() {
        Tariff open = new Tariff("ita-uusimaa", LocalDate.of(2024, 1, 1), null, RATES);
        Tariff later = new Tariff("ita-uusimaa", LocalDate.of(2025, 1, 1), null, RATES);

        assertThatThrownBy(() -> new TariffHistory("ita-uusimaa", List.of(later, open)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ita-uusimaa/2024-01-01").hasMessageContaining("ita-uusimaa/2025-01-01");
    }

    @Test
    void aHistoryHoldsOnlyItsCountysVersions() {
        assertThatThrownBy(() -> new TariffHistory("ita-uusimaa", PublishedTariffs.all()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
