package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.CoordinatorQueueUseCase;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.OrderState;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

public class CoordinatorQueueService implements CoordinatorQueueUseCase {

    private final OrderRepository orders;
    private final Clock clock;

    public CoordinatorQueueService(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public List<QueuedOrder> queue(Actor actor) {
        actor.requireAny(Role.COORDINATOR);
        if (actor.county() == null) {
            throw DomainProblem.forbidden("county-unknown", "Your account is not linked to a county");
        }
        Instant now = clock.instant();
        return orders.findUnsettledByCounty(actor.county()).stream()
                .filter(order -> order.state(now) == OrderState.OPEN)
                .map(order -> {
                    Instant since = order.waitingSince(now);
                    return new QueuedOrder(order, since, Duration.between(since, now));
                })
                .sorted(Comparator.comparing(QueuedOrder::waitingSince))
                .toList();
    }
}
