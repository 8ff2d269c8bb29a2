package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.EarlyEndReason;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.platform.actor.Actor;

/** The unit or the coordinator ends a group early; its remaining sessions are dropped. */
public interface EndGroupEarlyUseCase {

    Order endEarly(Actor actor, OrderId orderId, EarlyEndReason reason);
}
