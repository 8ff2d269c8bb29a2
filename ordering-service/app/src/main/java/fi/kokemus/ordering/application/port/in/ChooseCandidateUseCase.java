package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.platform.actor.Actor;

/** The ordering unit chooses a proposed candidate, who is offered the order. */
public interface ChooseCandidateUseCase {

    Order choose(Actor actor, OrderId orderId, String expertId);
}
