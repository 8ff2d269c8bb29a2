package fi.kokemus.ordering.domain;

import java.util.Objects;

/**
 * What happened to an order; each becomes one published event, written together with the change.
 *
 * @param assignmentId the assignment the event is about; {@code null} only for {@link Type#PLACED}
 */
public record OrderEvent(Type type, AssignmentId assignmentId) {

    public enum Type {
        PLACED,
        EXPERT_ASSIGNED,
        ASSIGNMENT_ACCEPTED,
        ASSIGNMENT_DECLINED,
        WORK_REPORTED,
        WORK_APPROVED
    }

    public OrderEvent {
        Objects.requireNonNull(type, "type");
        if ((type == Type.PLACED) != (assignmentId == null)) {
            throw new IllegalArgumentException(type + " must " + (type == Type.PLACED ? "not " : "") + "name an assignment");
        }
    }

    static OrderEvent placed() {
        return new OrderEvent(Type.PLACED, null);
    }

    static OrderEvent of(Type type, AssignmentId assignmentId) {
        return new OrderEvent(type, Objects.requireNonNull(assignmentId, "assignmentId"));
    }
}
