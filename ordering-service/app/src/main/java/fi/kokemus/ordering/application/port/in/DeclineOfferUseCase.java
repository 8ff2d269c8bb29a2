package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.AssignmentId;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.platform.actor.Actor;

/** The expert declines their offer, with an optional reason; the offer is closed for good. */
public interface DeclineOfferUseCase {

    Order decline(Actor actor, OrderId orderId, AssignmentId assignmentId, String reason);
}
