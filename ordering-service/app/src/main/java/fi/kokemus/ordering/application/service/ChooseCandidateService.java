package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.ChooseCandidateUseCase;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderAccess;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.time.Clock;
import java.time.Duration;

public class ChooseCandidateService implements ChooseCandidateUseCase {

    private final OrderUpdater updater;
    private final Calendars calendars;
    private final Duration offerValidity;

    public ChooseCandidateService(OrderRepository orders, Calendars calendars, Clock clock, Duration offerValidity) {
        this.updater = new OrderUpdater(orders, clock);
        this.calendars = calendars;
        this.offerValidity = offerValidity;
    }

    @Override
    public Order choose(Actor actor, OrderId orderId, String expertId) {
        actor.requireAny(Role.ORDERER);
        return updater.apply(orderId, (order, now) -> {
            OrderAccess.requireOrderingUnitOf(actor, order);
            order.choose(calendars.of(expertId, order, now), actor.username(), now, offerValidity);
        });
    }
}
