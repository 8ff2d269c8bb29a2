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

    @Test
    void aNewDecisionEndsTheOpenVersionTheDayBeforeItStarts() {
        Tariff open = new Tariff("ita-uusimaa", LocalDate.of(2024, 1, 1), null, RATES, true);
        Tariff next = new Tariff("ita-uusimaa", LocalDate.of(2026, 2, 1), null, RATES);

        TariffSuccession succession = new TariffHistory("ita-uusimaa", List.of(open)).succeed(next);

        assertThat(succession.endedPredecessor()).contains(
                new Tariff("ita-uusimaa", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 31), RATES, true));
        assertThat(succession.next()).isEqualTo(next);
        assertThat(new TariffHistory("ita-uusimaa", List.of(succession.endedPredecessor().get(), next))
                .validOn(LocalDate.of(2026, 1, 31))).contains(succession.endedPredecessor().get());
    }

    @Test
    void aFirstDecisionOrOneAfterAClosedVersionEndsNothing() {
        Tariff next = new Tariff("ita-uusimaa", LocalDate.of(2026, 2, 1), null, RATES);
        Tariff closed = new Tariff("ita-uusimaa", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), RATES);

        assertThat(new TariffHistory("ita-uusimaa", List.of()).succeed(next).endedPredecessor()).isEmpty();
        assertThat(new TariffHistory("ita-uusimaa", List.of(closed)).succeed(next).endedPredecessor()).isEmpty();
    }

    @ParameterizedTest(name = "a decision from {0}")
    @CsvSource({"2025-01-01", "2024-06-01", "2025-12-31"})
    void aDecisionCannotRewriteTheStoredHistory(LocalDate validFrom) {
        Tariff closed = new Tariff("ita-uusimaa", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), RATES);

        assertThatThrownBy(() -> new TariffHistory("ita-uusimaa", List.of(closed))
                .succeed(new Tariff("ita-uusimaa", validFrom, null, RATES)))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
                    assertThat(problem.code()).isEqualTo("tariff-version-conflict");
                });
    }

    @Test
    void aTariffNeedsRates() {
        assertThatThrownBy(() -> new Tariff("ita-uusimaa", LocalDate.of(2025, 1, 1), null, Map.of()))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.field()).isEqualTo("rates"));
    }
}
