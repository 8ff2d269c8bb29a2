package fi.kokemus.ordering.notification;

import fi.kokemus.ordering.contract.AssignmentCancelled;
import fi.kokemus.ordering.contract.AssignmentChanged;
import fi.kokemus.ordering.contract.ExpertOffered;
import fi.kokemus.ordering.contract.ExpertRef;
import fi.kokemus.ordering.contract.GroupEndedEarly;
import fi.kokemus.ordering.contract.OrderCancelled;
import fi.kokemus.ordering.contract.OrderConfirmed;
import fi.kokemus.ordering.contract.OrderPlaced;
import fi.kokemus.ordering.contract.SessionOutcome;
import fi.kokemus.ordering.contract.SessionRescheduled;
import fi.kokemus.ordering.contract.SessionTime;
import fi.kokemus.ordering.contract.WorkReported;
import java.time.Instant;
import java.util.List;

/** An Itä-Uusimaa group order of two sessions, offered to expert.itu, as ordering's events tell it. */
public final class NotificationFixtures {

    public static final String COUNTY = "ita-uusimaa";
    public static final String UNIT = "itu-social-work-unit";
    public static final String EXPERT = "expert.itu";
    public static final String ORDERER = "orderer.itu";
    public static final String ASSIGNMENT = "asg-1";
    /** 14 January 2027 at 10.00 Finnish time. */
    public static final Instant FIRST = Instant.parse("2027-01-14T08:00:00Z");
    /** 21 January 2027 at 10.00 Finnish time. */
    public static final Instant SECOND = Instant.parse("2027-01-21T08:00:00Z");
    public static final Instant OFFER_LAPSES = Instant.parse("2027-01-10T14:00:00Z");
    public static final List<SessionTime> SESSIONS = List.of(
            new SessionTime("s-1", FIRST, 90), new SessionTime("s-2", SECOND, 90));
    public static final List<ExpertRef> EXPERTS = List.of(new ExpertRef(ASSIGNMENT, "exp-1", EXPERT));

    private NotificationFixtures() {
    }

    public static OrderPlaced orderPlaced(String orderId, String route) {
        return new OrderPlaced(orderId, COUNTY, UNIT, ORDERER, route, "EXPERT_BY_EXPERIENCE", "GROUP_CO_LEADING",
                "Päihdetyö", "CLIENTS", "ON_SITE", "fi", 1, "LOCAL", false, false, "CC-100", SESSIONS, FIRST, 90);
    }

    public static ExpertOffered offered(String orderId) {
        return new ExpertOffered(orderId, ASSIGNMENT, "exp-1", EXPERT, COUNTY, UNIT, FIRST, OFFER_LAPSES);
    }

    public static AssignmentChanged assignment(String orderId) {
        return new AssignmentChanged(orderId, ASSIGNMENT, "exp-1", EXPERT, COUNTY, UNIT, FIRST);
    }

    public static OrderConfirmed confirmed(String orderId) {
        return new OrderConfirmed(orderId, COUNTY, UNIT, EXPERTS, SESSIONS, FIRST.minusSeconds(86_400 * 5));
    }

    public static SessionRescheduled rescheduled(String orderId, Instant newStart) {
        return new SessionRescheduled(orderId, COUNTY, UNIT, "s-2", SECOND, newStart, 120, ORDERER,
                FIRST.minusSeconds(3_600), EXPERTS);
    }

    public static OrderCancelled orderCancelled(String orderId, List<SessionTime> sessions) {
        return new OrderCancelled(orderId, COUNTY, UNIT, "CC-100", "EXPERT_BY_EXPERIENCE", "GROUP_CO_LEADING", "LOCAL",
                false, ORDERER, FIRST.minusSeconds(86_400), "Ryhmä ei toteudu", sessions, EXPERTS);
    }

    public static AssignmentCancelled assignmentCancelled(String orderId) {
        return new AssignmentCancelled(orderId, ASSIGNMENT, "exp-1", EXPERT, COUNTY, UNIT, "ILLNESS", EXPERT,
                FIRST.minusSeconds(86_400), List.of(SESSIONS.get(1)));
    }

    public static GroupEndedEarly groupEndedEarly(String orderId) {
        return new GroupEndedEarly(orderId, COUNTY, UNIT, "AGREED", ORDERER, FIRST.plusSeconds(86_400),
                List.of(SESSIONS.get(1)), EXPERTS);
    }

    public static SessionOutcome held(String orderId, String sessionId, Instant startsAt) {
        return new SessionOutcome(orderId, COUNTY, UNIT, sessionId, ASSIGNMENT, "exp-1", EXPERT, "GROUP_CO_LEADING",
                "CLIENTS", "ON_SITE", startsAt, "HELD", 6);
    }

    public static WorkReported reported(String orderId, String sessionId, Instant startsAt) {
        return new WorkReported(orderId, ASSIGNMENT, sessionId, "exp-1", COUNTY, startsAt, "HELD", 6, 1, 90);
    }
}
