package fi.kokemus.ordering.contract;

import java.time.Instant;

/**
 * The ordering unit approved the reported work: the fact fee-service pays from and
 * feedback-service opens feedback requests for.
 *
 * @param expertUsername login name of the expert's account (an account id, not a contact detail)
 * @param taskType       task type code from the county's catalogue (e.g. {@code LECTURE_REGIONAL})
 * @param audience       e.g. {@code PROFESSIONALS}, {@code STUDENTS}, {@code CLIENTS}, {@code PUBLIC}
 * @param occasions      occasions held (per-occasion tariffs pay per occasion)
 * @param minutesWorked  actual time worked (hourly tariffs pay per hour)
 * @param costCentre     the ordering unit's cost centre the fee is booked to
 */
public record WorkApproved(
        String orderId,
        String assignmentId,
        String expertId,
        String expertUsername,
        String county,
        String unitId,
        String costCentre,
        String taskType,
        String audience,
        Instant startsAt,
        int occasions,
        int minutesWorked,
        String approvedBy) {
}
