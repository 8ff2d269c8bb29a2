package fi.kokemus.fee.domain;

/** A reversal line cancels an approved line; its amounts are the original's negated. */
public record FeeLineReversed(FeeLine line) implements FeeLineEvent {
}
