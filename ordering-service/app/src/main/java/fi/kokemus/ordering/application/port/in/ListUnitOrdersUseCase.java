package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.Order;
import fi.kokemus.platform.actor.Actor;
import java.util.List;

/** An orderer's view of their own unit's orders. */
public interface ListUnitOrdersUseCase {

    List<Order> list(Actor actor);
}
