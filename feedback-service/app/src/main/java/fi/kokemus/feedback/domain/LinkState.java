package fi.kokemus.feedback.domain;

/** Whether a feedback link takes answers now, and if not, why. */
public enum LinkState {
    OPEN,
    /** The audience's link before its session starts. */
    NOT_YET_OPEN,
    EXPIRED,
    /** A single-use link that has been answered. */
    USED,
    /** A multi-answer link that reached the most answers one task keeps. */
    FULL,
    /** The session was cancelled. */
    CLOSED
}
