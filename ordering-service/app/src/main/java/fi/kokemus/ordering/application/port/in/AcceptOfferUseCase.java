package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.AssignmentId;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.platform.actor.Actor;

/** The expert accepts their offer while it is valid and they can still take the sessions. */
public interface AcceptOfferUseCase {

    Order accept(Actor actor, OrderId orderId, AssignmentId assignmentId);
}
