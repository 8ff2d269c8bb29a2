package fi.kokemus.ordering.domain;

/** One expert's part in an order. {@link #DECLINED} and {@link #CANCELLED} are final. */
public enum AssignmentState {
    /** Offered and waiting for the expert's answer (until the offer expires). */
    OFFERED,
    ACCEPTED,
    DECLINED,
    /** The expert withdrew after accepting; the order looks for a backup. */
    CANCELLED
}
