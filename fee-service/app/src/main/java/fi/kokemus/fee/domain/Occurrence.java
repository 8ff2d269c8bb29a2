package fi.kokemus.fee.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One payable occurrence: an expert's assignment in one session of an order. A session keeps its
 * id when it is moved, so the occurrence (and its one fee line) stays the same.
 *
 * @param expertUsername login name of the expert's account, so the expert can read their own lines
 * @param costCentre     the ordering unit's cost centre, or {@code null} when the fact did not give one
 * @param taskType       the county's task type code, or {@code null} when the fact that settled the
 *                       occurrence did not name it (an expert's withdrawal, a dropped group session:
 *                       both pay nothing)
 * @param earningDate    the Finnish local date of the session: it picks the tariff and rate versions
 *                       and the earning period (the tax year is the payment's, see {@link FeeLine#taxYear()})
 * @param occasions      what a per-occasion rate pays for
 * @param minutesWorked  what an hourly rate pays for
 */
public record Occurrence(
        String orderId,
        String assignmentId,
        String sessionId,
        String expertId,
        String expertUsername,
        String county,
        String unitId,
        String costCentre,
        String taskType,
        LocalDate earningDate,
        int occasions,
        int minutesWorked) {

    public Occurrence {
        requireText(orderId, "orderId");
        requireText(assignmentId, "assignmentId");
        requireText(sessionId, "sessionId");
        requireText(expertId, "expertId");
        requireText(county, "county");
        requireText(unitId, "unitId");
        Objects.requireNonNull(earningDate, "earningDate");
        if (occasions < 0) {
            throw DomainProblem.invalid("invalid-work", "Occasions cannot be negative", "occasions");
        }
        if (minutesWorked < 0) {
            throw DomainProblem.invalid("invalid-work", "Minutes worked cannot be negative", "minutesWorked");
        }
    }

    public FeeLineId feeLineId() {
        return FeeLineId.of(assignmentId, sessionId);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainProblem.invalid("invalid-work", "A payable session needs " + field, field);
        }
    }
}
