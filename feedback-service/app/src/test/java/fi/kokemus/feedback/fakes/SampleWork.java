package fi.kokemus.feedback.fakes;

import fi.kokemus.feedback.adapter.out.links.HmacLinkKeys;
import fi.kokemus.feedback.application.port.out.LinkKeys;
import fi.kokemus.feedback.domain.SessionWork;
import java.time.Instant;

/** A synthetic Soite lecture session, and variations of it. */
public final class SampleWork {

    public static final String COUNTY = "keski-pohjanmaa";
    public static final String UNIT = "soite-mental-health-unit";
    public static final String EXPERT_USERNAME = "expert.soite";
    public static final Instant STARTS_AT = Instant.parse("2026-03-10T10:00:00Z");
    public static final String LINK_SECRET = "test-only-feedback-link-secret-0123456789";

    private SampleWork() {
    }

    public static SessionWork lecture(String orderId, String assignmentId) {
        return work(orderId, assignmentId, "s-1", false);
    }

    public static SessionWork work(String orderId, String assignmentId, String sessionId, boolean clientWork) {
        return new SessionWork(orderId, sessionId, assignmentId, "expert-aino", EXPERT_USERNAME, COUNTY, UNIT,
                clientWork ? "CLIENT_SUPPORT" : "LECTURE_REGIONAL", clientWork ? "CLIENTS" : "PROFESSIONALS",
                clientWork, STARTS_AT);
    }

    /** Link keys as the service makes them, under a test secret. */
    public static LinkKeys linkKeys() {
        return new HmacLinkKeys(LINK_SECRET);
    }
}
