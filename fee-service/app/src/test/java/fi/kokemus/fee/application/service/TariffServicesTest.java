package fi.kokemus.fee.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.fee.application.port.out.InMemoryTariffRepository;
import fi.kokemus.fee.domain.PublishedTariffs;
import fi.kokemus.fee.domain.Tariff;
import fi.kokemus.fee.domain.TariffRate;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TariffServicesTest {

    private final InMemoryTariffRepository tariffs = new InMemoryTariffRepository(List.of());

    @Test
    void seedsThePublishedTariffsOnce() {
        SeedTariffsService seeding = new SeedTariffsService(tariffs, PublishedTariffs.all());

        assertThat(seeding.seedMissing()).isEqualTo(3);
        assertThat(seeding.seedMissing()).isZero();
        assertThat(tariffs.historyOf("keski-pohjanmaa").versions()).containsExactly(PublishedTariffs.SOITE_2024);
        assertThat(tariffs.historyOf("ita-uusimaa").versions()).singleElement()
                .satisfies(example -> assertThat(example.example()).isTrue());
        assertThat(tariffs.historyOf("pohjois-pohjanmaa").versions()).singleElement()
                .satisfies(example -> assertThat(example.example()).isTrue());
    }

    @Test
    void seedingKeepsAStoredVersionAsItIs() {
        Tariff stored = new Tariff("keski-pohjanmaa", PublishedTariffs.SOITE_2024.validFrom(), null,
                Map.of("CLIENT_SUPPORT", TariffRate.perOccasion(3500)));
        tariffs.addIfAbsent(stored);

        new SeedTariffsService(tariffs, PublishedTariffs.all()).seedMissing();

        assertThat(tariffs.historyOf("keski-pohjanmaa").versions()).containsExactly(stored);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COORDINATOR", "ORDERER", "FINANCE", "ADMIN"})
    void anyCountyStaffReadsAnyCountysTariffs(Role role) {
        tariffs.addIfAbsent(PublishedTariffs.SOITE_2024);

        assertThat(new ShowTariffsService(tariffs).tariffsOf(actor(role), "keski-pohjanmaa").versions())
                .containsExactly(PublishedTariffs.SOITE_2024);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"EXPERT", "NGO_PARTNER"})
    void othersDoNotReadTariffs(Role role) {
        assertThatThrownBy(() -> new ShowTariffsService(tariffs).tariffsOf(actor(role), "keski-pohjanmaa"))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.code()).isEqualTo("role-required"));
    }

    private static Actor actor(Role role) {
        return new Actor("sub-" + role, role.claim() + ".test", Set.of(role), "ita-uusimaa", null);
    }
}
