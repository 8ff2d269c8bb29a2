package fi.kokemus.registry.domain;

/** A new expert entered the registry. */
public record ExpertRegistered(PublicProfile profile) implements ExpertEvent {
}
