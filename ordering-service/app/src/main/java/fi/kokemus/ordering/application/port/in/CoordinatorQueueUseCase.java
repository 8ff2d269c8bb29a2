package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.Order;
import fi.kokemus.platform.actor.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The coordinator's county's orders that wait for candidates, longest waiting first. */
public interface CoordinatorQueueUseCase {

    record QueuedOrder(Order order, Instant waitingSince, Duration waited) {
    }

    List<QueuedOrder> queue(Actor actor);
}
