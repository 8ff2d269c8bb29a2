package fi.kokemus.fee.application.port.in;

/** Whether settling a session recorded a new fee line or found the session's line already there. */
public enum PricingOutcome {
    RECORDED,
    ALREADY_RECORDED
}
