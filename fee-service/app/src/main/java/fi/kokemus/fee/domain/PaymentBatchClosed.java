package fi.kokemus.fee.domain;

/** A payment batch was closed and may be paid. */
public record PaymentBatchClosed(PaymentBatch batch) {
}
