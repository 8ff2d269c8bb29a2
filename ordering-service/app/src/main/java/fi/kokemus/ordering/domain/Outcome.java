package fi.kokemus.ordering.domain;

/** What became of a session, as the expert reports it. */
public enum Outcome {
    HELD,
    /** An agreed group session nobody came to (still paid in some counties). */
    NO_PARTICIPANTS,
    /** The client of one-to-one work did not turn up. */
    CLIENT_NO_SHOW
}
