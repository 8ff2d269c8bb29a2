package fi.kokemus.fee.domain;

/** Where a fee line stands. */
public enum FeeLineState {
    /** Priced from a tariff row and announced to finance. */
    PRICED,
    /** No tariff row covers the work; it waits for a person to price it and is not announced. */
    PRICING_REQUIRED
}
