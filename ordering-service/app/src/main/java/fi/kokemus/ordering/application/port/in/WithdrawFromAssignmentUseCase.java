package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.AssignmentId;
import fi.kokemus.ordering.domain.CancelCause;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.platform.actor.Actor;

/** The expert cancels an accepted assignment (illness or other); the order goes back for a backup. */
public interface WithdrawFromAssignmentUseCase {

    Order withdraw(Actor actor, OrderId orderId, AssignmentId assignmentId, CancelCause cause);
}
