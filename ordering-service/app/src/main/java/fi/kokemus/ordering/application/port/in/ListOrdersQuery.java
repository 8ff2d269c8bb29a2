package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.OrderState;
import java.util.Optional;

/** @param state only orders in this state, or {@code null} for all */
public record ListOrdersQuery(OrderState state) {

    public Optional<OrderState> stateFilter() {
        return Optional.ofNullable(state);
    }
}
