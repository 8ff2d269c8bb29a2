package fi.kokemus.fee.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.fee.application.port.in.DecideTariffCommand;
import fi.kokemus.fee.application.port.out.InMemoryTariffRepository;
import fi.kokemus.fee.domain.PublishedTariffs;
import fi.kokemus.fee.domain.Tariff;
import fi.kokemus.fee.domain.TariffHistory;
import fi.kokemus.fee.domain.TariffRate;
import fi.kokemus.fee.domain.TariffUnit;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DecideTariffServiceTest {

    private static final Actor FINANCE_ITU = actor(Role.FINANCE, "ita-uusimaa");
    private static final List<DecideTariffCommand.Rate> GROUP_GUIDANCE_25 =
            List.of(new DecideTariffCommand.Rate("GROUP_GUIDANCE", TariffUnit.PER_HOUR, 2500));

    private final InMemoryTariffRepository tariffs = new InMemoryTariffRepository(PublishedTariffs.all());
    private final DecideTariffService service = new DecideTariffService(tariffs);

    @Test
    void aDecisionReplacesTheExampleFromItsFirstDayAndKeepsTheHistory() {
        TariffHistory history = service.decide(FINANCE_ITU, decision(LocalDate.of(2026, 1, 1), GROUP_GUIDANCE_25));

        assertThat(history.versions()).hasSize(2);
        Tariff example = history.versions().get(0);
        assertThat(example.example()).isTrue();
        assertThat(example.validUntil()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(example.rates()).isEqualTo(PublishedTariffs.ITA_UUSIMAA_EXAMPLE.rates());
        Tariff decided = history.validOn(LocalDate.of(2026, 1, 1)).orElseThrow();
        assertThat(decided.example()).isFalse();
        assertThat(decided.validUntil()).isNull();
        assertThat(decided.rateFor("GROUP_GUIDANCE")).contains(TariffRate.perHour(2500));
        assertThat(tariffs.historyOf("ita-uusimaa")).isEqualTo(history);
    }

    @Test
    void aLaterDecisionEndsTheEarlierOne() {
        service.decide(FINANCE_ITU, decision(LocalDate.of(2026, 1, 1), GROUP_GUIDANCE_25));

        TariffHistory history = service.decide(FINANCE_ITU, decision(LocalDate.of(2027, 1, 1),
                List.of(new DecideTariffCommand.Rate("GROUP_GUIDANCE", TariffUnit.PER_HOUR, 2700))));

        assertThat(history.versions()).extracting(Tariff::validUntil)
                .containsExactly(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31), null);
        assertThat(history.validOn(LocalDate.of(2026, 12, 31)).orElseThrow().rateFor("GROUP_GUIDANCE"))
                .contains(TariffRate.perHour(2500));
    }

    @Test
    void aDecisionCannotStartBeforeTheLatestVersion() {
        assertThatThrownBy(() -> service.decide(FINANCE_ITU, decision(LocalDate.of(2024, 1, 1), GROUP_GUIDANCE_25)))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo("tariff-version-conflict"));
        assertThat(tariffs.historyOf("ita-uusimaa").versions()).containsExactly(PublishedTariffs.ITA_UUSIMAA_EXAMPLE);
    }

    @Test
    void financeDecidesOnlyForTheirOwnCountyAdminsForAny() {
        assertThatThrownBy(() -> service.decide(actor(Role.FINANCE, "keski-pohjanmaa"),
                decision(LocalDate.of(2026, 1, 1), GROUP_GUIDANCE_25)))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.code()).isEqualTo("other-county"));

        assertThat(service.decide(actor(Role.ADMIN, null), decision(LocalDate.of(2026, 1, 1), GROUP_GUIDANCE_25))
                .versions()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COORDINATOR", "ORDERER", "EXPERT", "NGO_PARTNER"})
    void othersDecideNothing(Role role) {
        assertThatThrownBy(() -> service.decide(actor(role, "ita-uusimaa"),
                decision(LocalDate.of(2026, 1, 1), GROUP_GUIDANCE_25)))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.code()).isEqualTo("role-required"));
    }

    @Test
    void badRatesAreRefusedAndNothingChanges() {
        List<List<DecideTariffCommand.Rate>> bad = List.of(
                List.of(),
                List.of(new DecideTariffCommand.Rate("GROUP_GUIDANCE", TariffUnit.PER_HOUR, 0)),
                List.of(new DecideTariffCommand.Rate(" ", TariffUnit.PER_HOUR, 2500)),
                List.of(new DecideTariffCommand.Rate("GROUP_GUIDANCE", TariffUnit.PER_HOUR, 2500),
                        new DecideTariffCommand.Rate("GROUP_GUIDANCE", TariffUnit.PER_OCCASION, 9000)));

        for (List<DecideTariffCommand.Rate> rates : bad) {
            assertThatThrownBy(() -> service.decide(FINANCE_ITU, decision(LocalDate.of(2026, 1, 1), rates)))
                    .isInstanceOfSatisfying(DomainProblem.class,
                            problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.INVALID));
        }
        assertThat(tariffs.historyOf("ita-uusimaa").versions()).containsExactly(PublishedTariffs.ITA_UUSIMAA_EXAMPLE);
    }

    private static DecideTariffCommand decision(LocalDate validFrom, List<DecideTariffCommand.Rate> rates) {
        return new DecideTariffCommand("ita-uusimaa", validFrom, rates);
    }

    private static Actor actor(Role role, String county) {
        return new Actor("sub-" + role, role.claim() + ".test", Set.of(role), county, null);
    }
}
