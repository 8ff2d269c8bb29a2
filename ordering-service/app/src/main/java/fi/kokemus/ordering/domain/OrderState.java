package fi.kokemus.ordering.domain;

/** Where an order stands; it follows from the order's sessions, proposal and assignments. */
public enum OrderState {
    /** Needs (more) experts and no candidates are waiting: in the coordinator's queue (or the unit's, for a direct order). */
    OPEN,
    /** The coordinator proposed candidates; the unit chooses. */
    AWAITING_CHOICE,
    /** Every place is held, but some only by offers waiting for the expert's answer. */
    OFFERED,
    /** Every expert needed has accepted. */
    CONFIRMED,
    /** Every session's work is approved, or the session was dropped or cancelled. */
    COMPLETED,
    CANCELLED
}
