package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.ChooseCandidateUseCase;
import fi.kokemus.ordering.application.port.in.NameExpertUseCase;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.domain.ExpertCalendar;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderAccess;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The unit's two ways of offering its order: choosing a proposed candidate, or naming an expert on a direct order. */
public class OfferToExpertService implements ChooseCandidateUseCase, NameExpertUseCase {

    private interface OfferStep {
        void offer(Order order, ExpertCalendar expert, String by, Instant now, Duration offerValidity);
    }

    private final OrderUpdater updater;
    private final Calendars calendars;
    private final Duration offerValidity;

    public OfferToExpertService(OrderRepository orders, Calendars calendars, Clock clock, Duration offerValidity) {
        this.updater = new OrderUpdater(orders, clock);
        this.calendars = calendars;
        this.offerValidity = offerValidity;
    }

    @Override
    public Order choose(Actor actor, OrderId orderId, String expertId) {
        return offer(actor, orderId, expertId, Order::choose);
    }

    @Override
    public Order name(Actor actor, OrderId orderId, String expertId) {
        return offer(actor, orderId, expertId, Order::offerDirectly);
    }

    private Order offer(Actor actor, OrderId orderId, String expertId, OfferStep step) {
        actor.requireAny(Role.ORDERER);
        return updater.apply(orderId, (order, now) -> {
            OrderAccess.requireOrderingUnitOf(actor, order);
            step.offer(order, calendars.of(expertId, order, now), actor.username(), now, offerValidity);
        });
    }
}
