package fi.kokemus.registry.domain;

/** Something that happened to an expert that other services need to know. */
public sealed interface ExpertEvent permits ExpertRegistered, PublicProfileChanged {

    /** The expert's public profile after the change: a full snapshot, never contact details. */
    PublicProfile profile();
}
