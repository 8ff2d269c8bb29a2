package fi.kokemus.feedback.domain;

/** How a session went, as the expert reported it; decides who is asked afterwards. */
public enum SessionOutcomeKind {
    HELD,
    /** An agreed group session nobody came to. */
    NO_PARTICIPANTS,
    CLIENT_NO_SHOW
}
