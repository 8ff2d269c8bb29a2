package fi.kokemus.fee;

import fi.kokemus.ordering.contract.AssignmentCancelled;
import fi.kokemus.ordering.contract.ExpertRef;
import fi.kokemus.ordering.contract.OrderCancelled;
import fi.kokemus.ordering.contract.SessionTime;
import fi.kokemus.ordering.contract.Travel;
import fi.kokemus.ordering.contract.WorkApproved;
import java.time.Instant;
import java.util.List;

/** Ordering's events about a synthetic expert's work for Soite's mental health unit, for tests. */
public final class OrderingFacts {

    public static final String SOITE = "keski-pohjanmaa";
    public static final String UNIT = "soite-mental-health-unit";
    public static final Instant MONDAY_NOON = Instant.parse("2025-06-16T09:00:00Z");

    private OrderingFacts() {
    }

    public static WorkApproved approval(String orderId, String assignmentId, String sessionId, String taskType,
            int occasions) {
        return new WorkApproved(orderId, assignmentId, "expert-aino-testinen", "aino.testinen", SOITE, UNIT, "KP-4100",
                "EXPERT_BY_EXPERIENCE", taskType, "PROFESSIONALS", "REGIONAL", false, sessionId, MONDAY_NOON, "HELD",
                25, occasions, 90, false, null, null, "orderer.soite", MONDAY_NOON.plusSeconds(7200));
    }

    public static WorkApproved approvalWithTravel(String orderId, String assignmentId, String sessionId, Travel travel) {
        WorkApproved work = approval(orderId, assignmentId, sessionId, "LECTURE_REGIONAL", 1);
        return new WorkApproved(work.orderId(), work.assignmentId(), work.expertId(), work.expertUsername(),
                work.county(), work.unitId(), work.costCentre(), work.role(), work.taskType(), work.audience(),
                work.eventScope(), work.preparationExpected(), work.sessionId(), work.startsAt(), work.outcome(),
                work.participants(), work.occasions(), work.minutesWorked(), work.feeWaived(), work.reducedFeeCents(),
                travel, work.approvedBy(), work.approvedAt());
    }

    public static OrderCancelled cancellation(String orderId, String assignmentId, String sessionId,
            Instant cancelledAt) {
        return new OrderCancelled(orderId, SOITE, UNIT, "KP-4100", "EXPERT_BY_EXPERIENCE", "LECTURE_REGIONAL",
                "REGIONAL", false, "orderer.soite", cancelledAt, "The training was cancelled",
                List.of(new SessionTime(sessionId, MONDAY_NOON, 90)),
                List.of(new ExpertRef(assignmentId, "expert-aino-testinen", "aino.testinen")));
    }

    public static AssignmentCancelled illness(String orderId, String assignmentId, String sessionId) {
        return new AssignmentCancelled(orderId, assignmentId, "expert-aino-testinen", "aino.testinen", SOITE, UNIT,
                "ILLNESS", "aino.testinen", MONDAY_NOON.minusSeconds(86400),
                List.of(new SessionTime(sessionId, MONDAY_NOON, 90)));
    }
}
