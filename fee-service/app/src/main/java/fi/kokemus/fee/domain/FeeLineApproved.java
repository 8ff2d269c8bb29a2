package fi.kokemus.fee.domain;

/** A fee line is approved for payment. */
public record FeeLineApproved(FeeLine line) implements FeeLineEvent {
}
