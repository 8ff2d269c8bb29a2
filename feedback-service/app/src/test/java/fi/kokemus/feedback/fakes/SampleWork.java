package fi.kokemus.feedback.fakes;

import fi.kokemus.feedback.adapter.out.links.HmacLinkKeys;
import fi.kokemus.feedback.application.port.in.ConfirmedOrder;
import fi.kokemus.feedback.application.port.in.FollowOrderingUseCase;
import fi.kokemus.feedback.application.port.in.ReportedSession;
import fi.kokemus.feedback.application.port.out.LinkKeys;
import fi.kokemus.feedback.domain.OrderFacts;
import fi.kokemus.feedback.domain.SessionOutcomeKind;
import fi.kokemus.feedback.domain.SessionWork;
import java.time.Instant;
import java.util.List;

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

    /** Places, confirms and reports {@code work}'s session as held, as ordering's events would; one expert. */
    public static void hold(FollowOrderingUseCase ordering, SessionWork work) {
        ordering.orderPlaced(new OrderFacts(work.orderId(), work.taskType(), work.audience(), work.clientWork()));
        ordering.orderConfirmed(new ConfirmedOrder(work.orderId(), work.county(), work.unitId(),
                List.of(new ConfirmedOrder.Participant(work.assignmentId(), work.expertId(), work.expertUsername())),
                List.of(new ConfirmedOrder.PlannedSession(work.sessionId(), work.startsAt()))));
        ordering.sessionReported(new ReportedSession(work.orderId(), work.county(), work.unitId(), work.sessionId(),
                work.assignmentId(), work.expertId(), work.expertUsername(), work.taskType(), work.audience(),
                work.startsAt(), SessionOutcomeKind.HELD));
    }

    /** Link keys as the service makes them, under a test secret. */
    public static LinkKeys linkKeys() {
        return new HmacLinkKeys(LINK_SECRET);
    }
}
