package fi.kokemus.ordering.adapter.in.web;

import fi.kokemus.ordering.domain.Order;
import fi.kokemus.platform.actor.Actor;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Shows an order as it stands now (an offer that lapsed since the last change no longer holds a place). */
@Component
public class OrderViews {

    private final Clock clock;

    public OrderViews(Clock clock) {
        this.clock = clock;
    }

    OrderResponse of(Order order, Actor viewer) {
        return OrderResponse.of(order, viewer, clock.instant());
    }
}
