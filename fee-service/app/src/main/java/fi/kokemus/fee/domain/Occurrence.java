package fi.kokemus.fee.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Work an ordering unit approved for payment, as fee-service prices it.
 *
 * @param costCentre  the ordering unit's cost centre, or {@code null} when ordering did not give one
 * @param earningDate the Finnish local date the work was done: it picks the tariff version and
 *                    the earning period
 */
public record ApprovedWork(
        String orderId,
        String assignmentId,
        String expertId,
        String county,
        String unitId,
        String costCentre,
        String taskType,
        LocalDate earningDate,
        int occasions,
        int minutesWorked) {

    public ApprovedWork {
        requireText(orderId, "orderId");
        requireText(assignmentId, "assignmentId");
        requireText(expertId, "expertId");
        requireText(county, "county");
        requireText(unitId, "unitId");
        requireText(taskType, "taskType");
        Objects.requireNonNull(earningDate, "earningDate");
        if (occasions < 0) {
            throw DomainProblem.invalid("invalid-work", "Occasions cannot be negative", "occasions");
        }
        if (minutesWorked < 0) {
            throw DomainProblem.invalid("invalid-work", "Minutes worked cannot be negative", "minutesWorked");
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainProblem.invalid("invalid-work", "Approved work needs " + field, field);
        }
    }
}
