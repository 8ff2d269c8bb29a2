package fi.kokemus.feedback.domain.followup;

/** How one expert's part in one session ended, as far as the follow-up counts it. */
public enum TaskStatus {
    /** Held with participants. */
    HELD,
    /** An agreed group session nobody came to. */
    NO_PARTICIPANTS,
    /** The client of one-to-one work did not come. */
    CLIENT_NO_SHOW,
    /** The order was cancelled before the session. */
    CANCELLED;

    /** The expert reported the session: it counts as a task done. */
    public boolean reported() {
        return this != CANCELLED;
    }
}
