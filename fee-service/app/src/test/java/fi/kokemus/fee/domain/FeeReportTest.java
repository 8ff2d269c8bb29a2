package fi.kokemus.fee.domain;

import static fi.kokemus.fee.PaidLines.paid;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.fee.WorkFixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeeReportTest {

    private static final String ITU = "ita-uusimaa";
    private static final TariffHistory SOITE = new TariffHistory("keski-pohjanmaa",
            List.of(PublishedTariffs.SOITE_2024));
    private static final FeeLine OCTOBER = paid(ITU, "a-1", LocalDate.of(2026, 10, 5), 3000, 500, 0, 600);
    private static final FeeLine NOVEMBER = paid(ITU, "a-2", LocalDate.of(2026, 11, 5), 4000, 0, 100, 820);
    private static final FeeLine LECTURE = WorkFixtures.tariffLine(WorkFixtures.work("keski-pohjanmaa", "a-3",
            "LECTURE_REGIONAL", 1, LocalDate.of(2026, 11, 6)), SOITE);
    private static final FeeLine NOT_PAID = FeeLine.settle(WorkFixtures.work(ITU, "a-4", "CLIENT_SUPPORT", 1,
            LocalDate.of(2026, 11, 7)), 2026, FeeBasis.EXPERT_ILL, new Pricing.NotPayable("ill"), Reimbursements.NONE,
            Withholding.NONE);
    private static final List<FeeLine> LINES = List.of(OCTOBER, NOVEMBER, OCTOBER.reversal(2026), LECTURE, NOT_PAID);

    @Test
    void sumsPaidLinesPerMonthAndTheGroupsAddUpToTheTotal() {
        FeeReport report = FeeReport.of(ReportGrouping.MONTH, LINES);

        assertThat(report.groups()).containsOnlyKeys("2026-10", "2026-11");
        assertThat(report.groups().get("2026-10").gross()).isEqualTo(Money.ZERO);
        assertThat(report.groups().get("2026-10").lineCount()).isEqualTo(2);
        assertThat(report.groups().get("2026-11").gross()).isEqualTo(Money.ofCents(4000 + 7500));
        assertThat(report.total()).isEqualTo(report.groups().values().stream().reduce(PayTotals.NONE, PayTotals::plus));
        assertThat(report.total().lineCount()).isEqualTo(4);
    }

    @Test
    void groupsByUnitAndByTaskType() {
        assertThat(FeeReport.of(ReportGrouping.UNIT, LINES).groups())
                .containsOnlyKeys("ita-uusimaa-unit", "keski-pohjanmaa-unit");
        FeeReport byTask = FeeReport.of(ReportGrouping.TASK_TYPE, LINES);
        assertThat(byTask.groups()).containsOnlyKeys("CLIENT_SUPPORT", "LECTURE_REGIONAL");
        assertThat(byTask.groups().get("LECTURE_REGIONAL").gross()).isEqualTo(Money.ofCents(7500));
    }
}
