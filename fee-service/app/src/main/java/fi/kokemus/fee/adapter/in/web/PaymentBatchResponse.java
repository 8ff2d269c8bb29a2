package fi.kokemus.fee.adapter.in.web;

import fi.kokemus.fee.domain.PaymentBatch;
import java.time.Instant;
import java.time.LocalDate;

/** @param cutOff the first instant too late for the batch; {@code closedAt} is {@code null} while open */
record PaymentBatchResponse(String batchId, String county, String month, String status, LocalDate paymentDate,
        Instant cutOff, Instant closedAt, String closedBy, PayTotalsResponse totals) {

    static PaymentBatchResponse of(PaymentBatch batch) {
        PaymentBatch.Closing closing = batch.closing();
        return new PaymentBatchResponse(batch.id(), batch.county(), batch.month().toString(),
                batch.isClosed() ? "CLOSED" : "OPEN", batch.paymentDate(), batch.cutOff(),
                closing == null ? null : closing.at(), closing == null ? null : closing.by(),
                PayTotalsResponse.of(batch.totals()));
    }
}
