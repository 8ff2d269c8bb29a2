package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.Expert;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.platform.actor.Actor;
import java.util.List;

/**
 * Experts a coordinator can propose for an order: the order's role, task type and language (and
 * {@code topic} if given), with a contract in the county on every remaining session's date, active,
 * available and not booked elsewhere at those times.
 */
public interface FindCandidatesUseCase {

    List<Expert> find(Actor actor, OrderId orderId, String topic);
}
