package fi.kokemus.ordering.contract;

import fi.kokemus.platform.events.EventContract;

/** Events of the ordering process. Key: order id, so one order's events stay in order. */
public final class OrderingEvents {

    public static final String TOPIC = "ordering.assignment-events.v1";

    public static final EventContract<OrderPlaced> ORDER_PLACED =
            new EventContract<>(TOPIC, "ordering.order-placed", 1, OrderPlaced.class);
    public static final EventContract<AssignmentChanged> EXPERT_ASSIGNED =
            new EventContract<>(TOPIC, "ordering.expert-assigned", 1, AssignmentChanged.class);
    public static final EventContract<AssignmentChanged> ASSIGNMENT_ACCEPTED =
            new EventContract<>(TOPIC, "ordering.assignment-accepted", 1, AssignmentChanged.class);
    public static final EventContract<AssignmentChanged> ASSIGNMENT_DECLINED =
            new EventContract<>(TOPIC, "ordering.assignment-declined", 1, AssignmentChanged.class);
    public static final EventContract<WorkReported> WORK_REPORTED =
            new EventContract<>(TOPIC, "ordering.work-reported", 1, WorkReported.class);
    public static final EventContract<WorkApproved> WORK_APPROVED =
            new EventContract<>(TOPIC, "ordering.work-approved", 1, WorkApproved.class);

    private OrderingEvents() {
    }
}
