package fi.kokemus.fee.application.service;

import static fi.kokemus.fee.WorkFixtures.ITU;
import static fi.kokemus.fee.WorkFixtures.SOITE;
import static fi.kokemus.fee.WorkFixtures.work;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.fee.WorkFixtures;
import fi.kokemus.fee.application.port.in.FeeLineQuery;
import fi.kokemus.fee.application.port.out.InMemoryFeeLineRepository;
import fi.kokemus.fee.domain.EarningPeriod;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.fee.domain.PublishedTariffs;
import fi.kokemus.fee.domain.TariffHistory;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReadFeeLinesServiceTest {

    private static final FeeLineQuery OWN_COUNTY = new FeeLineQuery(null, EarningPeriod.ALL);

    private final InMemoryFeeLineRepository feeLines = new InMemoryFeeLineRepository();
    private final ReadFeeLinesService service = new ReadFeeLinesService(feeLines);

    @BeforeEach
    void storeLinesOfTwoCounties() {
        LocalDate day = LocalDate.of(2025, 6, 2);
        feeLines.addIfAbsent(WorkFixtures.tariffLine(work(SOITE, "soite-1", "CLIENT_SUPPORT", 1, day),
                new TariffHistory(SOITE, List.of(PublishedTariffs.SOITE_2024))));
        feeLines.addIfAbsent(WorkFixtures.tariffLine(work(ITU, "itu-1", "GROUP_GUIDANCE", 1, day),
                new TariffHistory(ITU, List.of())));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"FINANCE", "COORDINATOR"})
    void countyStaffSeeTheirOwnCountyByDefault(Role role) {
        assertThat(service.list(actor(role, SOITE), OWN_COUNTY)).extracting(FeeLine::county).containsExactly(SOITE);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"FINANCE", "COORDINATOR"})
    void countyStaffCannotSeeAnotherCounty(Role role) {
        assertThatThrownBy(() -> service.list(actor(role, SOITE), new FeeLineQuery(ITU, EarningPeriod.ALL)))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.code()).isEqualTo("other-county"));
        assertThatThrownBy(() -> service.get(actor(role, SOITE), FeeLineId.of("itu-1", WorkFixtures.SESSION)))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.code()).isEqualTo("other-county"));
    }

    @Test
    void financeWithoutACountySeesNoCounty() {
        assertThatThrownBy(() -> service.list(actor(Role.FINANCE, null), OWN_COUNTY))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.FORBIDDEN));
    }

    @Test
    void anAdminSeesEveryCountyOrTheOneAskedFor() {
        Actor admin = actor(Role.ADMIN, null);

        assertThat(service.list(admin, OWN_COUNTY)).hasSize(2);
        assertThat(service.list(admin, new FeeLineQuery(ITU, EarningPeriod.ALL)))
                .extracting(FeeLine::county).containsExactly(ITU);
        assertThat(service.get(admin, FeeLineId.of("itu-1", WorkFixtures.SESSION)).county()).isEqualTo(ITU);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ORDERER", "EXPERT", "NGO_PARTNER"})
    void othersReadNoFeeLines(Role role) {
        Actor other = actor(role, SOITE);

        assertThatThrownBy(() -> service.list(other, OWN_COUNTY))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.code()).isEqualTo("role-required"));
        assertThatThrownBy(() -> service.get(other, FeeLineId.of("soite-1", WorkFixtures.SESSION)))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.code()).isEqualTo("role-required"));
    }

    @Test
    void anUnknownLineIsNotFound() {
        assertThatThrownBy(() -> service.get(actor(Role.FINANCE, SOITE), FeeLineId.of("nothing", WorkFixtures.SESSION)))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.NOT_FOUND));
    }

    private static Actor actor(Role role, String county) {
        return new Actor("sub-" + role, role.claim() + ".test", Set.of(role), county, null);
    }
}
