package fi.kokemus.ordering.domain;

import fi.kokemus.platform.problem.DomainProblem;

/** Where the work happens: at a place, or remotely. */
public sealed interface Venue {

    int MAX_PLACE_LENGTH = 300;

    record OnSite(String place) implements Venue {
        public OnSite {
            place = Checks.text(place, "place", MAX_PLACE_LENGTH);
        }
    }

    record Remote() implements Venue {
    }

    /** Exactly one of a place or {@code remote} must be given. */
    static Venue of(String place, boolean remote) {
        boolean hasPlace = place != null && !place.isBlank();
        if (remote == hasPlace) {
            throw DomainProblem.invalid("invalid-venue",
                    "Give either a place or remote = true, not both and not neither", "place");
        }
        return remote ? new Remote() : new OnSite(place);
    }
}
