package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.Order;
import fi.kokemus.platform.actor.Actor;
import java.util.List;

/** A coordinator's view of the county's orders, or an orderer's of their own unit's. */
public interface ListOrdersUseCase {

    List<Order> list(Actor actor, ListOrdersQuery query);
}
