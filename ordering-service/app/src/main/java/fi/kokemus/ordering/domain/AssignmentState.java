package fi.kokemus.ordering.domain;

/** One offer to one expert, from offer to approved work. {@link #DECLINED} and {@link #APPROVED} are final. */
public enum AssignmentState {
    OFFERED,
    ACCEPTED,
    DECLINED,
    REPORTED,
    APPROVED;

    public boolean canBecome(AssignmentState next) {
        return switch (this) {
            case OFFERED -> next == ACCEPTED || next == DECLINED;
            case ACCEPTED -> next == REPORTED;
            case REPORTED -> next == APPROVED;
            case DECLINED, APPROVED -> false;
        };
    }

    /** A live assignment holds the order; a declined one is history. */
    public boolean isLive() {
        return this != DECLINED;
    }

    /** The state a live assignment gives its order. */
    OrderState orderState() {
        return switch (this) {
            case OFFERED -> OrderState.OFFERED;
            case ACCEPTED -> OrderState.ACCEPTED;
            case REPORTED -> OrderState.REPORTED;
            case APPROVED -> OrderState.APPROVED;
            case DECLINED -> throw new IllegalStateException("A declined assignment does not hold its order");
        };
    }
}
