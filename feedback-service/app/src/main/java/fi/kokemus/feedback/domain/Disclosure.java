package fi.kokemus.feedback.domain;

/** How much of one respondent group's answers a reader sees. */
public enum Disclosure {
    /** Each answer's ratings and screened free text (answers given in a working role, or the reader's own). */
    AS_GIVEN,
    /** Only in aggregate, and only from the anonymity minimum of answers to one form version on. */
    AGGREGATE_FROM_MINIMUM,
    /** How many answers arrived, nothing of what they say. */
    COUNT_ONLY
}
