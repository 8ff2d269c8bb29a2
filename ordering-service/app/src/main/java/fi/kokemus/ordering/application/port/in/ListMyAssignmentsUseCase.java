package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.Assignment;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.platform.actor.Actor;
import java.util.List;

/** The calling expert's offers and assignments, answered and closed ones included. */
public interface ListMyAssignmentsUseCase {

    record MyAssignment(Order order, Assignment assignment) {
    }

    List<MyAssignment> list(Actor actor);
}
