package fi.kokemus.feedback.application.port.in;

import fi.kokemus.feedback.domain.OrderFacts;
import java.time.Instant;
import java.util.Set;

/** Opens, moves and closes feedback requests as ordering reports the course of an order. Every step is idempotent. */
public interface FollowOrderingUseCase {

    void orderPlaced(OrderFacts facts);

    /** @return how many tasks were created (0 for a redelivery) */
    int orderConfirmed(ConfirmedOrder order);

    /** @return whether any request was opened (false for a redelivery) */
    boolean sessionReported(ReportedSession session);

    void sessionRescheduled(String orderId, String sessionId, Instant startsAt);

    void sessionsCancelled(String orderId, Set<String> sessionIds);
}
