package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.AcceptOfferUseCase;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.AssignmentId;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.time.Clock;

public class AcceptOfferService implements AcceptOfferUseCase {

    private final OrderUpdater updater;
    private final Calendars calendars;

    public AcceptOfferService(OrderRepository orders, Calendars calendars, Clock clock) {
        this.updater = new OrderUpdater(orders, clock);
        this.calendars = calendars;
    }

    @Override
    public Order accept(Actor actor, OrderId orderId, AssignmentId assignmentId) {
        actor.requireAny(Role.EXPERT);
        return updater.apply(orderId, (order, now) -> order.accept(assignmentId, actor.username(),
                calendars.of(order.assignment(assignmentId).expertId(), order, now), now));
    }
}
