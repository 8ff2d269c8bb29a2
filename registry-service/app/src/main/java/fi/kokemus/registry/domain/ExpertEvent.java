package fi.kokemus.registry.domain;

/** Something that happened to an expert that other services need to know. */
public sealed interface ExpertEvent {

    /** An event that carries the expert's public profile after the change: never contact details. */
    sealed interface WithProfile extends ExpertEvent {

        PublicProfile profile();
    }

    /** A new expert entered the registry. */
    record Registered(PublicProfile profile) implements WithProfile {
    }

    /** What staff can see of the expert changed (the NGO's data or membership). */
    record ProfileChanged(PublicProfile profile) implements WithProfile {
    }

    /** The expert paused, resumed or changed the days they cannot take tasks. */
    record AvailabilityChanged(PublicProfile profile) implements WithProfile {
    }

    /** A county recorded, changed or ended its assignment contract with the expert. */
    record ContractChanged(PublicProfile profile) implements WithProfile {
    }

    /** A consent that changes who may find or book the expert was given or withdrawn. */
    record ConsentChanged(PublicProfile profile) implements WithProfile {
    }

    /** The person's data was erased; other services remove or pseudonymise what they hold. */
    record Erased(ExpertId expertId, County homeCounty) implements ExpertEvent {
    }
}
