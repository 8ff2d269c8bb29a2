package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.Order;
import fi.kokemus.platform.actor.Actor;

/** An orderer places an order for their own unit; a direct order is offered to the named experts at once. */
public interface PlaceOrderUseCase {

    Order place(Actor actor, PlaceOrderCommand command);
}
