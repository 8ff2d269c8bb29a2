package fi.kokemus.feedback.domain;

/** Whether a feedback link still takes answers, and if not, why. */
public enum LinkState {
    OPEN,
    EXPIRED,
    /** A single-use link that has been answered. */
    USED,
    /** A multi-answer link that reached the most answers one task keeps. */
    FULL
}
