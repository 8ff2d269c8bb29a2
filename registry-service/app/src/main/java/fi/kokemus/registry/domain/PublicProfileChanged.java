package fi.kokemus.registry.domain;

/** A field of the expert's public profile changed. */
public record PublicProfileChanged(PublicProfile profile) implements ExpertEvent {
}
