package fi.kokemus.ordering.domain;

/**
 * Where an order stands. It follows from the order's live assignment: without one the order is
 * {@link #PLACED} (new, or its last offer was declined) and waits for an offer.
 */
public enum OrderState {
    PLACED,
    OFFERED,
    ACCEPTED,
    REPORTED,
    APPROVED
}
