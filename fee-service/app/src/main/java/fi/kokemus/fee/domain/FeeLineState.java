package fi.kokemus.fee.domain;

/** Where a fee line stands. */
public enum FeeLineState {
    /** Something is paid (fee or reimbursements), and finance was told. */
    PRICED,
    /** No tariff row or rule covers it; it waits for a person and finance is not told. */
    PRICING_REQUIRED,
    /** The rules say nothing is paid; kept so a later fact about the same session pays nothing either. */
    NOT_PAYABLE
}
