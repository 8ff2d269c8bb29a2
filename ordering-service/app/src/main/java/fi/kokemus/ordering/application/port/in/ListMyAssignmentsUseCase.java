package fi.kokemus.ordering.application.port.in;

import fi.kokemus.platform.actor.Actor;
import java.util.List;

/** Every assignment ever offered to the calling expert, declined ones included. */
public interface ListMyAssignmentsUseCase {

    List<AssignedOrder> list(Actor actor);
}
