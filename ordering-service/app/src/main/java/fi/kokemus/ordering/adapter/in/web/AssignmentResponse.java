package fi.kokemus.ordering.adapter.in.web;

import fi.kokemus.ordering.domain.Assignment;
import fi.kokemus.ordering.domain.AssignmentState;
import fi.kokemus.ordering.domain.SessionWork;
import fi.kokemus.ordering.domain.WorkReport;
import java.time.Instant;
import java.util.List;

/** One expert's part in an order, with the work they reported per session. */
public record AssignmentResponse(
        String assignmentId,
        String expertId,
        String expertUsername,
        AssignmentState state,
        Instant offeredAt,
        Instant expiresAt,
        String declineReason,
        String cancelCause,
        Instant cancelledAt,
        List<WorkResponse> work) {

    /** @param comment the unit's comment on a returned report */
    public record WorkResponse(String sessionId, SessionWork.State state, String outcome, int participants,
            int minutesWorked, boolean feeWaived, Long reducedFeeCents, WorkReportRequest.TravelRequest travel,
            Instant reportedAt, String comment, String decidedBy, Instant decidedAt) {

        static WorkResponse of(SessionWork work) {
            WorkReport report = work.report();
            return new WorkResponse(work.sessionId().toString(), work.state(), report.outcome().name(),
                    report.participants(), report.minutesWorked(), report.feeWaived(), report.reducedFeeCents(),
                    WorkReportRequest.TravelRequest.of(report.travel()), work.reportedAt(), work.comment(),
                    work.decidedBy(), work.decidedAt());
        }
    }

    static AssignmentResponse of(Assignment assignment) {
        return new AssignmentResponse(assignment.id().toString(), assignment.expertId(), assignment.expertUsername(),
                assignment.state(), assignment.offeredAt(), assignment.expiresAt(), assignment.declineReason(),
                assignment.cancelCause() == null ? null : assignment.cancelCause().name(), assignment.cancelledAt(),
                assignment.work().stream().map(WorkResponse::of).toList());
    }
}
