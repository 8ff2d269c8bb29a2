package fi.kokemus.feedback.fakes;

import fi.kokemus.feedback.domain.CompletedWork;
import java.time.Instant;

/** Approved work of a synthetic Soite lecture, and variations of it. */
public final class SampleWork {

    public static final String COUNTY = "keski-pohjanmaa";
    public static final String UNIT = "soite-mental-health-unit";
    public static final String EXPERT_USERNAME = "expert.soite";
    public static final Instant STARTS_AT = Instant.parse("2026-03-10T10:00:00Z");

    private SampleWork() {
    }

    public static CompletedWork lecture(String orderId, String assignmentId) {
        return work(orderId, assignmentId, "LECTURE_REGIONAL", "PROFESSIONALS");
    }

    public static CompletedWork work(String orderId, String assignmentId, String taskType, String audience) {
        return new CompletedWork(orderId, assignmentId, "expert-aino", EXPERT_USERNAME, COUNTY, UNIT, taskType,
                audience, STARTS_AT);
    }
}
