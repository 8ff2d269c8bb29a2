package fi.kokemus.fee.domain;

/** A priced fee line is approved for payment. */
public record FeeLineApproved(FeeLineId feeLineId, ApprovedWork work, Pricing.Priced pricing) implements FeeLineEvent {
}
