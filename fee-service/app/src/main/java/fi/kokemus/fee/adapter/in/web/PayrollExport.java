package fi.kokemus.fee.adapter.in.web;

import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.PaymentBatch;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A closed batch as payroll loads it: one row per line and totals that are the rows' sums. */
record PayrollExport(String batchId, String county, String month, LocalDate paymentDate, Instant closedAt,
        String currency, List<PayrollRow> rows, PayTotalsResponse totals) {

    static PayrollExport of(PaymentBatch batch) {
        return new PayrollExport(batch.id(), batch.county(), batch.month().toString(), batch.paymentDate(),
                batch.closing().at(), Money.CURRENCY, batch.lines().stream().map(PayrollRow::of).toList(),
                PayTotalsResponse.of(batch.totals()));
    }
}
