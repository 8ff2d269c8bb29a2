package fi.kokemus.ordering.notification;

import java.time.Instant;
import java.util.Optional;

/** The orders notifications have seen placed. */
public interface OrderFactsStore {

    /** Stores the order unless it is known already. */
    void add(OrderFacts order);

    Optional<OrderFacts> find(String orderId);

    /** Keeps a moved session's new time, so later offers name it. */
    void reschedule(String orderId, String sessionId, Instant startsAt, int durationMinutes);
}
