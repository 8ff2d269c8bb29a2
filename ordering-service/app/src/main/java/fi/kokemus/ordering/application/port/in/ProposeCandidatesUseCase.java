package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.platform.actor.Actor;
import java.util.List;

/** A coordinator of the order's county proposes candidates; the unit chooses among them. */
public interface ProposeCandidatesUseCase {

    Order propose(Actor actor, OrderId orderId, List<String> expertIds);
}
