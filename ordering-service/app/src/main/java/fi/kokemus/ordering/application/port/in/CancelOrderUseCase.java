package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.platform.actor.Actor;

/** An orderer of the unit cancels the order, with a reason; the exact time is recorded. */
public interface CancelOrderUseCase {

    Order cancel(Actor actor, OrderId orderId, String reason);
}
