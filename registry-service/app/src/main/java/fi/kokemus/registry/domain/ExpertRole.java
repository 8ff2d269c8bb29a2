package fi.kokemus.registry.domain;

/** The roles a person can hold in experience-based work. */
public enum ExpertRole {
    EXPERT_BY_EXPERIENCE,
    EXPERIENCE_ACTOR,
    DEVELOPER_CUSTOMER,
    /** Volunteer: never paid a fee, only travel costs. */
    PEER_SUPPORTER,
    EXPERIENCE_RESEARCHER,
    EXPERIENCE_TRAINER
}
