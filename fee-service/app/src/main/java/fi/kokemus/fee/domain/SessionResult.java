package fi.kokemus.fee.domain;

/** What happened at a session the expert came to, as ordering reports it. */
public enum SessionResult {
    HELD,
    /** An agreed group session nobody came to. */
    NO_PARTICIPANTS,
    CLIENT_NO_SHOW
}
