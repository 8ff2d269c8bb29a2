package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.platform.actor.Actor;

/** One order with its history, for its unit's orderers, its county's coordinators and its experts. */
public interface GetOrderUseCase {

    Order get(Actor actor, OrderId orderId);
}
