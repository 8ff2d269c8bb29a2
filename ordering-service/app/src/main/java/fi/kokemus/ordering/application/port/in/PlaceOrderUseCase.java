package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderForm;
import fi.kokemus.platform.actor.Actor;

/** An orderer places an order for their own unit. */
public interface PlaceOrderUseCase {

    Order place(Actor actor, OrderForm form);
}
