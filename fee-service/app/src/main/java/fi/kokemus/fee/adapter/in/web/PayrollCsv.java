package fi.kokemus.fee.adapter.in.web;

import static fi.kokemus.fee.adapter.in.web.CsvFormat.euros;

import java.util.Arrays;
import java.util.List;

/** The payroll export as CSV: a header, a {@code LINE} row per line, then one {@code TOTAL} row. */
final class PayrollCsv {

    private static final List<String> HEADER = List.of("record", "batchId", "paymentDate", "feeLineId", "expertId",
            "earningPeriod", "taxYear", "incomeType", "basis", "gross", "withholding", "net", "taxFreeReimbursements",
            "taxableReimbursements", "payout", "costCentre", "unitId", "orderId", "assignmentId", "sessionId",
            "reversesFeeLineId");

    private PayrollCsv() {
    }

    static String of(PayrollExport export) {
        StringBuilder csv = new StringBuilder(CsvFormat.row(HEADER));
        for (PayrollRow row : export.rows()) {
            csv.append(CsvFormat.row(Arrays.asList("LINE", export.batchId(), export.paymentDate(), row.feeLineId(),
                    row.expertId(), row.earningDate(), row.taxYear(), row.incomeType(), row.basis(),
                    euros(row.grossCents()), euros(row.withholdingCents()), euros(row.netCents()), euros(row.taxFreeReimbursementsCents()),
                    euros(row.taxableReimbursementsCents()), euros(row.payoutCents()), row.costCentre(),
                    row.unitId(), row.orderId(), row.assignmentId(), row.sessionId(), row.reversesFeeLineId())));
        }
        PayTotalsResponse totals = export.totals();
        csv.append(CsvFormat.row(Arrays.asList("TOTAL", export.batchId(), export.paymentDate(),
                totals.lineCount() + " lines", null, null, null, null, null, euros(totals.grossCents()),
                euros(totals.withholdingCents()), euros(totals.netCents()), euros(totals.taxFreeReimbursementsCents()),
                euros(totals.taxableReimbursementsCents()), euros(totals.payoutCents()), null, null, null, null, null,
                null)));
        return csv.toString();
    }
}
