package fi.kokemus.fee.domain;

/** Which fact settled an occurrence. */
public enum FeeBasis {
    /** The unit approved the session's reported work. */
    APPROVED_WORK,
    /** The orderer cancelled after the county's deadline: the agreed fee is paid. */
    LATE_CANCELLATION,
    /** The orderer cancelled in time: nothing is paid. */
    TIMELY_CANCELLATION,
    /** The expert fell ill and withdrew: nothing is paid. */
    EXPERT_ILL,
    /** The expert withdrew for another reason: nothing is paid. */
    EXPERT_WITHDREW,
    /** The group was ended early and this session dropped: nothing is paid. */
    GROUP_ENDED_EARLY,
    /** Cancels an earlier line with the same amounts negated. */
    REVERSAL
}
