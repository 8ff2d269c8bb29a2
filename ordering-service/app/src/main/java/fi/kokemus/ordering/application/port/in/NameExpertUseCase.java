package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.platform.actor.Actor;

/** The ordering unit offers its direct order to another expert it names (e.g. after a decline). */
public interface NameExpertUseCase {

    Order name(Actor actor, OrderId orderId, String expertId);
}
