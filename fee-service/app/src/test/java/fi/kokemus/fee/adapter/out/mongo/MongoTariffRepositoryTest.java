package fi.kokemus.fee.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.fee.domain.PublishedTariffs;
import fi.kokemus.fee.domain.Tariff;
import fi.kokemus.fee.domain.TariffRate;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MongoTariffRepositoryTest {

    private MongoTariffRepository repository;

    @BeforeEach
    void setUp() {
        repository = new MongoTariffRepository(MongoTestDatabase.fresh("tariffs-adapter-test"));
    }

    @Test
    void readsBackEveryVersionOfACountyOldestFirst() {
        Tariff closed = new Tariff("ita-uusimaa", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                Map.of("GROUP_GUIDANCE", TariffRate.perHour(2000)));
        Tariff current = new Tariff("ita-uusimaa", LocalDate.of(2025, 1, 1), null,
                Map.of("GROUP_GUIDANCE", TariffRate.perHour(2150), "LECTURE", TariffRate.perOccasion(9000)));
        repository.addIfAbsent(current);
        repository.addIfAbsent(closed);
        repository.addIfAbsent(PublishedTariffs.SOITE_2024);

        assertThat(repository.historyOf("ita-uusimaa").versions()).containsExactly(closed, current);
        assertThat(repository.historyOf("keski-pohjanmaa").versions()).containsExactly(PublishedTariffs.SOITE_2024);
    }

    @Test
    void aVersionAlreadyStoredIsNotReplaced() {
        assertThat(repository.addIfAbsent(PublishedTariffs.SOITE_2024)).isTrue();

        boolean added = repository.addIfAbsent(new Tariff("keski-pohjanmaa", LocalDate.of(2024, 1, 1), null,
                Map.of("CLIENT_SUPPORT", TariffRate.perOccasion(9900))));

        assertThat(added).isFalse();
        assertThat(repository.historyOf("keski-pohjanmaa").versions()).containsExactly(PublishedTariffs.SOITE_2024);
    }

    @Test
    void aCountyWithoutTariffHasAnEmptyHistory() {
        assertThat(repository.historyOf("pohjois-pohjanmaa").versions()).isEmpty();
    }

    @Test
    void keepsAnExampleMarkedAndEndsAnOpenVersionWithoutTouchingItsRates() {
        repository.addIfAbsent(PublishedTariffs.ITA_UUSIMAA_EXAMPLE);
        Tariff ended = PublishedTariffs.ITA_UUSIMAA_EXAMPLE.endingOn(LocalDate.of(2025, 12, 31));

        repository.end(ended);
        repository.end(PublishedTariffs.ITA_UUSIMAA_EXAMPLE.endingOn(LocalDate.of(2030, 1, 1)));

        assertThat(repository.historyOf("ita-uusimaa").versions()).containsExactly(ended);
        assertThat(repository.historyOf("ita-uusimaa").versions().get(0).example()).isTrue();
    }
}
