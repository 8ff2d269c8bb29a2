package fi.kokemus.ordering.contract;

import fi.kokemus.platform.events.EventContract;

/** Events of the ordering process. Key: order id, so one order's events stay in order. */
public final class OrderingEvents {

    public static final String TOPIC = "ordering.assignment-events.v1";

    public static final EventContract<OrderPlaced> ORDER_PLACED =
            new EventContract<>(TOPIC, "ordering.order-placed", 1, OrderPlaced.class);
    public static final EventContract<CandidatesProposed> CANDIDATES_PROPOSED =
            new EventContract<>(TOPIC, "ordering.candidates-proposed", 1, CandidatesProposed.class);
    public static final EventContract<CandidateChosen> CANDIDATE_CHOSEN =
            new EventContract<>(TOPIC, "ordering.candidate-chosen", 1, CandidateChosen.class);
    public static final EventContract<ExpertOffered> EXPERT_OFFERED =
            new EventContract<>(TOPIC, "ordering.expert-offered", 1, ExpertOffered.class);
    public static final EventContract<AssignmentChanged> ASSIGNMENT_ACCEPTED =
            new EventContract<>(TOPIC, "ordering.assignment-accepted", 1, AssignmentChanged.class);
    public static final EventContract<AssignmentChanged> ASSIGNMENT_DECLINED =
            new EventContract<>(TOPIC, "ordering.assignment-declined", 1, AssignmentChanged.class);
    public static final EventContract<OrderConfirmed> ORDER_CONFIRMED =
            new EventContract<>(TOPIC, "ordering.order-confirmed", 1, OrderConfirmed.class);
    public static final EventContract<SessionRescheduled> SESSION_RESCHEDULED =
            new EventContract<>(TOPIC, "ordering.session-rescheduled", 1, SessionRescheduled.class);
    public static final EventContract<OrderCancelled> ORDER_CANCELLED =
            new EventContract<>(TOPIC, "ordering.order-cancelled", 1, OrderCancelled.class);
    public static final EventContract<AssignmentCancelled> ASSIGNMENT_CANCELLED =
            new EventContract<>(TOPIC, "ordering.assignment-cancelled", 1, AssignmentCancelled.class);
    public static final EventContract<GroupEndedEarly> GROUP_ENDED_EARLY =
            new EventContract<>(TOPIC, "ordering.group-ended-early", 1, GroupEndedEarly.class);
    public static final EventContract<SessionOutcome> SESSION_HELD =
            new EventContract<>(TOPIC, "ordering.session-held", 1, SessionOutcome.class);
    public static final EventContract<SessionOutcome> CLIENT_NO_SHOW =
            new EventContract<>(TOPIC, "ordering.client-no-show", 1, SessionOutcome.class);
    public static final EventContract<WorkReported> WORK_REPORTED =
            new EventContract<>(TOPIC, "ordering.work-reported", 1, WorkReported.class);
    public static final EventContract<WorkReturned> WORK_RETURNED =
            new EventContract<>(TOPIC, "ordering.work-returned", 1, WorkReturned.class);
    public static final EventContract<WorkApproved> WORK_APPROVED =
            new EventContract<>(TOPIC, "ordering.work-approved", 1, WorkApproved.class);

    private OrderingEvents() {
    }
}
