package fi.kokemus.fee.application.service;

import static fi.kokemus.fee.PaidLines.paid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.fee.application.port.in.FeeLineQuery;
import fi.kokemus.fee.application.port.out.InMemoryFeeLineRepository;
import fi.kokemus.fee.domain.EarningPeriod;
import fi.kokemus.fee.domain.FeeReport;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.ReportGrouping;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeeReportServiceTest {

    private static final String ITU = "ita-uusimaa";
    private static final EarningPeriod AUTUMN = new EarningPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30));

    private final InMemoryFeeLineRepository feeLines = new InMemoryFeeLineRepository();
    private final FeeReportService service = new FeeReportService(new ReadFeeLinesService(feeLines));

    @BeforeEach
    void storeLines() {
        feeLines.addIfAbsent(paid(ITU, "a-1", LocalDate.of(2026, 9, 10), 3000, 0, 0, 600));
        feeLines.addIfAbsent(paid(ITU, "a-2", LocalDate.of(2026, 11, 10), 4500, 0, 0, 900));
        feeLines.addIfAbsent(paid(ITU, "a-summer", LocalDate.of(2026, 8, 31), 9900, 0, 0, 0));
        feeLines.addIfAbsent(paid("keski-pohjanmaa", "a-soite", LocalDate.of(2026, 10, 1), 7500, 0, 0, 0));
    }

    @Test
    void aCoordinatorReportsTheirCountysPeriodPerMonth() {
        FeeReport report = service.report(actor(Role.COORDINATOR, ITU), new FeeLineQuery(null, AUTUMN),
                ReportGrouping.MONTH);

        assertThat(report.groups()).containsOnlyKeys("2026-09", "2026-11");
        assertThat(report.total().gross()).isEqualTo(Money.ofCents(7500));
    }

    @Test
    void financeOfAnotherCountyIsRefused() {
        assertThatThrownBy(() -> service.report(actor(Role.FINANCE, "keski-pohjanmaa"), new FeeLineQuery(ITU, AUTUMN),
                ReportGrouping.UNIT)).isInstanceOf(DomainProblem.class);
    }

    @Test
    void anOrdererIsRefused() {
        assertThatThrownBy(() -> service.report(actor(Role.ORDERER, ITU), new FeeLineQuery(ITU, AUTUMN),
                ReportGrouping.UNIT)).isInstanceOf(DomainProblem.class);
    }

    private static Actor actor(Role role, String county) {
        return new Actor("sub-" + role, role.claim() + ".test", Set.of(role), county, null);
    }
}
