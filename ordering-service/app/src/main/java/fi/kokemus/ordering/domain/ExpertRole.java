package fi.kokemus.ordering.domain;

/** The role an order asks an expert to take. */
public enum ExpertRole {
    EXPERT_BY_EXPERIENCE,
    EXPERIENCE_ACTOR,
    DEVELOPER_CUSTOMER,
    PEER_SUPPORTER,
    EXPERIENCE_TRAINER
}
