package fi.kokemus.fee.application.port.in;

/** The amounts a person decides for a line, in euro cents, and why. */
public record FeeDecisionDetails(long grossCents, long taxFreeReimbursementsCents, long taxableReimbursementsCents,
        String reason) {
}
