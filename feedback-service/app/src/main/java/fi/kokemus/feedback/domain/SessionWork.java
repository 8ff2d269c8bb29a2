package fi.kokemus.feedback.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One expert's part in one session of an order: what a feedback task is about.
 *
 * @param expertUsername login name of the expert's account: how the expert is recognised when calling
 * @param audience       e.g. {@code PROFESSIONALS} or {@code CLIENTS}; may be absent
 * @param clientWork     one-to-one work with a client (the order said so): a client is asked, no audience
 */
public record SessionWork(
        String orderId,
        String sessionId,
        String assignmentId,
        String expertId,
        String expertUsername,
        String county,
        String unitId,
        String taskType,
        String audience,
        boolean clientWork,
        Instant startsAt) {

    /** Every county this system serves keeps Finnish time. */
    public static final ZoneId COUNTY_TIME = ZoneId.of("Europe/Helsinki");

    public SessionWork {
        requireText(orderId, "orderId");
        requireText(sessionId, "sessionId");
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

    public SessionWork movedTo(Instant newStart) {
        return new SessionWork(orderId, sessionId, assignmentId, expertId, expertUsername, county, unitId, taskType,
                audience, clientWork, newStart);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainProblem.invalid("invalid-work", field + " is required", field);
        }
    }
}
