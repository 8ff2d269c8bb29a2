package fi.kokemus.ordering.notification;

import java.util.Set;

/** Where one session of one expert's assignment stands, as ordering's events tell it. */
public enum AgendaStatus {
    OFFERED,
    ACCEPTED,
    DECLINED,
    CANCELLED,
    HELD,
    REPORTED,
    APPROVED;

    /** The statuses an entry may move to this one from; a late or repeated event changes nothing else. */
    public Set<AgendaStatus> reachableFrom() {
        return switch (this) {
            case OFFERED -> Set.of();
            case ACCEPTED, DECLINED -> Set.of(OFFERED, ACCEPTED);
            case CANCELLED -> Set.of(OFFERED, ACCEPTED);
            case HELD -> Set.of(ACCEPTED, HELD, REPORTED);
            case REPORTED -> Set.of(ACCEPTED, HELD, REPORTED);
            case APPROVED -> Set.of(ACCEPTED, HELD, REPORTED);
        };
    }

    /** The expert is to do, or did, this session: it belongs in the expert's calendar. */
    public boolean committed() {
        return this == ACCEPTED || this == HELD || this == REPORTED || this == APPROVED;
    }

    /** Done or due but not yet reported: the fee-report reminder counts these once their time has passed. */
    public boolean awaitsReport() {
        return this == ACCEPTED || this == HELD;
    }
}
