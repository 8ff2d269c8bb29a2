package fi.kokemus.feedback.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The approved work a feedback task is about, as ordering reported it.
 *
 * @param expertUsername login name of the expert's account: how the expert is recognised when calling
 * @param audience       e.g. {@code PROFESSIONALS} or {@code CLIENTS}; may be absent
 */
public record CompletedWork(
        String orderId,
        String assignmentId,
        String expertId,
        String expertUsername,
        String county,
        String unitId,
        String taskType,
        String audience,
        Instant startsAt) {

    /** Every county this system serves keeps Finnish time. */
    public static final ZoneId COUNTY_TIME = ZoneId.of("Europe/Helsinki");

    public CompletedWork {
        requireText(orderId, "orderId");
        requireText(assignmentId, "assignmentId");
        requireText(expertId, "expertId");
        requireText(expertUsername, "expertUsername");
        requireText(county, "county");
        requireText(unitId, "unitId");
        requireText(taskType, "taskType");
        if (startsAt == null) {
            throw DomainProblem.invalid("invalid-work", "startsAt is required", "startsAt");
        }
    }

    public LocalDate taskDate() {
        return startsAt.atZone(COUNTY_TIME).toLocalDate();
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainProblem.invalid("invalid-work", field + " is required", field);
        }
    }
}
