package fi.kokemus.fee.adapter.in.web;

import static fi.kokemus.fee.adapter.in.web.CsvFormat.euros;

import fi.kokemus.fee.application.port.in.FeeLineQuery;
import fi.kokemus.fee.application.port.in.FeeReportUseCase;
import fi.kokemus.fee.domain.EarningPeriod;
import fi.kokemus.fee.domain.FeeReport;
import fi.kokemus.fee.domain.PayTotals;
import fi.kokemus.fee.domain.ReportGrouping;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Paid fees per unit, task type or month of a county and earning period, as JSON or CSV. */
@RestController
class FeeReportController {

    private static final Map<String, ReportGrouping> GROUPINGS = Map.of("unit", ReportGrouping.UNIT,
            "taskType", ReportGrouping.TASK_TYPE, "month", ReportGrouping.MONTH);
    private static final List<String> CSV_HEADER = List.of("group", "lines", "gross", "withholding", "net",
            "taxFreeReimbursements", "taxableReimbursements", "payout");

    private final FeeReportUseCase reports;

    FeeReportController(FeeReportUseCase reports) {
        this.reports = reports;
    }

    record GroupResponse(String group, PayTotalsResponse totals) {
    }

    record FeeReportResponse(String county, LocalDate from, LocalDate to, String groupBy, List<GroupResponse> groups,
            PayTotalsResponse total) {
    }

    @GetMapping("/api/fees/reports")
    FeeReportResponse report(Actor actor, @RequestParam(required = false) String county,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam String groupBy) {
        FeeReport report = reports.report(actor, new FeeLineQuery(county, new EarningPeriod(from, to)),
                grouping(groupBy));
        List<GroupResponse> groups = report.groups().entrySet().stream()
                .map(group -> new GroupResponse(group.getKey(), PayTotalsResponse.of(group.getValue())))
                .toList();
        return new FeeReportResponse(county != null ? county : actor.county(), from, to, groupBy, groups,
                PayTotalsResponse.of(report.total()));
    }

    /** The same report as CSV: a row per group, then a {@code TOTAL} row. */
    @GetMapping("/api/fees/reports.csv")
    ResponseEntity<String> reportCsv(Actor actor, @RequestParam(required = false) String county,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam String groupBy) {
        FeeReport report = reports.report(actor, new FeeLineQuery(county, new EarningPeriod(from, to)),
                grouping(groupBy));
        StringBuilder csv = new StringBuilder(CsvFormat.row(CSV_HEADER));
        report.groups().forEach((group, totals) -> csv.append(csvRow(group, totals)));
        csv.append(csvRow("TOTAL", report.total()));
        return CsvFormat.attachment("fee-report-" + groupBy + ".csv", csv.toString());
    }

    private static String csvRow(String group, PayTotals totals) {
        return CsvFormat.row(Arrays.asList(group, totals.lineCount(), euros(totals.gross().cents()),
                euros(totals.withholding().cents()), euros(totals.net().cents()),
                euros(totals.taxFreeReimbursements().cents()), euros(totals.taxableReimbursements().cents()),
                euros(totals.payout().cents())));
    }

    private static ReportGrouping grouping(String groupBy) {
        ReportGrouping grouping = GROUPINGS.get(groupBy);
        if (grouping == null) {
            throw DomainProblem.invalid("invalid-grouping", "groupBy is unit, taskType or month, not " + groupBy,
                    "groupBy");
        }
        return grouping;
    }
}
