package fi.kokemus.registry.domain;

/** Kinds of training an expert has completed. */
public enum TrainingType {
    /** The basic training for experts by experience, about 45 hours. */
    BASIC,
    /** Follow-up training for developer-influencers: what "advanced training" means in searches. */
    DEVELOPER_INFLUENCER,
    OTHER
}
