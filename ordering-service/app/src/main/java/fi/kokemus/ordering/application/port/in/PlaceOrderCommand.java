package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.OrderForm;
import fi.kokemus.ordering.domain.Route;
import fi.kokemus.ordering.domain.Schedule;
import java.util.List;
import java.util.Objects;

/** @param namedExpertIds for a {@link Route#DIRECT} order, the experts the unit offers it to at once */
public record PlaceOrderCommand(Route route, OrderForm form, Schedule schedule, List<String> namedExpertIds) {

    public PlaceOrderCommand {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(schedule, "schedule");
        namedExpertIds = namedExpertIds == null ? List.of() : List.copyOf(namedExpertIds);
    }
}
