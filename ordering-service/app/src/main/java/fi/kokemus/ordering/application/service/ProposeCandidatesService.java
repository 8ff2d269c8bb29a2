package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.ProposeCandidatesUseCase;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderAccess;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.time.Clock;
import java.util.List;

public class ProposeCandidatesService implements ProposeCandidatesUseCase {

    private final OrderUpdater updater;
    private final Calendars calendars;

    public ProposeCandidatesService(OrderRepository orders, Calendars calendars, Clock clock) {
        this.updater = new OrderUpdater(orders, clock);
        this.calendars = calendars;
    }

    @Override
    public Order propose(Actor actor, OrderId orderId, List<String> expertIds) {
        actor.requireAny(Role.COORDINATOR);
        return updater.apply(orderId, (order, now) -> {
            OrderAccess.requireCoordinatorOf(actor, order);
            order.propose(expertIds.stream().map(expertId -> calendars.of(expertId, order, now)).toList(),
                    actor.username(), now);
        });
    }
}
