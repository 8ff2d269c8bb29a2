package fi.kokemus.ordering.domain;

import static fi.kokemus.ordering.domain.AssignmentState.ACCEPTED;
import static fi.kokemus.ordering.domain.AssignmentState.APPROVED;
import static fi.kokemus.ordering.domain.AssignmentState.DECLINED;
import static fi.kokemus.ordering.domain.AssignmentState.OFFERED;
import static fi.kokemus.ordering.domain.AssignmentState.REPORTED;

import java.util.Objects;

/**
 * An order offered to one expert, and what became of the offer.
 *
 * @param work          the reported work; present once {@link AssignmentState#REPORTED}
 * @param declineReason the expert's optional reason for declining, or {@code null}
 * @param approvedBy    username of the orderer who approved the work; present once {@link AssignmentState#APPROVED}
 */
public record Assignment(
        AssignmentId id,
        String expertId,
        String expertUsername,
        AssignmentState state,
        WorkReport work,
        String declineReason,
        String approvedBy) {

    public static final int MAX_DECLINE_REASON_LENGTH = 500;

    public Assignment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expertId, "expertId");
        Objects.requireNonNull(expertUsername, "expertUsername");
        Objects.requireNonNull(state, "state");
        if ((state == REPORTED || state == APPROVED) && work == null) {
            throw new IllegalArgumentException("A " + state + " assignment carries its work report");
        }
        if (state == APPROVED && approvedBy == null) {
            throw new IllegalArgumentException("An approved assignment names its approver");
        }
    }

    static Assignment offer(AssignmentId id, Expert expert) {
        return new Assignment(id, expert.expertId(), expert.username(), OFFERED, null, null, null);
    }

    public boolean isFor(String username) {
        return expertUsername.equals(username);
    }

    Assignment accept() {
        return moveTo(ACCEPTED, work, declineReason, approvedBy);
    }

    Assignment decline(String reason) {
        String checkedReason = Checks.optionalText(reason, "reason", MAX_DECLINE_REASON_LENGTH);
        return moveTo(DECLINED, work, checkedReason, approvedBy);
    }

    Assignment report(WorkReport report) {
        return moveTo(REPORTED, Objects.requireNonNull(report, "report"), declineReason, approvedBy);
    }

    Assignment approve(String approver) {
        return moveTo(APPROVED, work, declineReason, Objects.requireNonNull(approver, "approver"));
    }

    private Assignment moveTo(AssignmentState next, WorkReport nextWork, String nextReason, String nextApprover) {
        if (!state.canBecome(next)) {
            throw IllegalTransitionException.of(this, next);
        }
        return new Assignment(id, expertId, expertUsername, next, nextWork, nextReason, nextApprover);
    }
}
