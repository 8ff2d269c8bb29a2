package fi.kokemus.ordering.contract;

import java.time.Instant;

/**
 * The ordering unit approved one session's reported work: the fact fee-service pays from.
 *
 * @param expertUsername      login name of the expert's account (an account id, not a contact detail)
 * @param role                the role the work was ordered for (peer support earns no fee)
 * @param taskType            task type code from the county's catalogue (e.g. {@code LECTURE_REGIONAL})
 * @param audience            e.g. {@code PROFESSIONALS}, {@code STUDENTS}, {@code CLIENTS}, {@code PUBLIC}
 * @param eventScope          {@code LOCAL}, {@code REGIONAL} or {@code NATIONAL}
 * @param preparationExpected the order agreed advance preparation
 * @param sessionId           the session the work was done in; a moved session keeps its id
 * @param outcome             {@code HELD}, {@code NO_PARTICIPANTS} or {@code CLIENT_NO_SHOW}
 * @param occasions           occasions held (per-occasion tariffs pay per occasion)
 * @param minutesWorked       actual time worked (hourly tariffs pay per hour)
 * @param feeWaived           the expert declined the fee for this work (reimbursements only)
 * @param reducedFeeCents     a lower fee the expert asked for, or {@code null} for the agreed fee
 * @param costCentre          the ordering unit's cost centre the fee is booked to
 */
public record WorkApproved(
        String orderId,
        String assignmentId,
        String expertId,
        String expertUsername,
        String county,
        String unitId,
        String costCentre,
        String role,
        String taskType,
        String audience,
        String eventScope,
        boolean preparationExpected,
        String sessionId,
        Instant startsAt,
        String outcome,
        int participants,
        int occasions,
        int minutesWorked,
        boolean feeWaived,
        Long reducedFeeCents,
        Travel travel,
        String approvedBy,
        Instant approvedAt) {
}
