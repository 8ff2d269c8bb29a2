package fi.kokemus.fee.application.port.in;

/** Whether pricing an approval recorded a new fee line or found the assignment's line already there. */
public enum PricingOutcome {
    RECORDED,
    ALREADY_RECORDED
}
