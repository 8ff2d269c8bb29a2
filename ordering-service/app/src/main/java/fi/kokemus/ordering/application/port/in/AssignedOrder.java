package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.Assignment;
import fi.kokemus.ordering.domain.Order;

/** One assignment together with the order it belongs to. */
public record AssignedOrder(Order order, Assignment assignment) {
}
