package fi.kokemus.ordering.notification;

import fi.kokemus.ordering.contract.SessionTime;
import java.util.List;

/** What notifications need to know of an order, kept from its {@code OrderPlaced} event. */
public record OrderFacts(
        String orderId,
        String county,
        String orderedBy,
        String taskType,
        boolean remote,
        List<SessionTime> sessions) {

    public OrderFacts {
        sessions = List.copyOf(sessions);
    }
}
