package fi.kokemus.ordering.domain;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.util.List;

/** Who may see and act on an order. */
public final class OrderAccess {

    private OrderAccess() {
    }

    public static boolean isCoordinatorOf(Actor actor, Order order) {
        return actor.has(Role.COORDINATOR) && order.county().equals(actor.county());
    }

    public static boolean isOrderingUnitOf(Actor actor, Order order) {
        return actor.has(Role.ORDERER) && order.unit().includes(actor);
    }

    /** An expert the order was ever offered to. */
    public static boolean isAssignedExpertOf(Actor actor, Order order) {
        return actor.has(Role.EXPERT) && order.assignments().stream().anyMatch(assignment -> assignment.isFor(actor.username()));
    }

    public static void requireCoordinatorOf(Actor actor, Order order) {
        if (!isCoordinatorOf(actor, order)) {
            throw DomainProblem.forbidden("other-county", "Only a coordinator of " + order.county() + " may do this");
        }
    }

    public static void requireOrderingUnitOf(Actor actor, Order order) {
        if (!isOrderingUnitOf(actor, order)) {
            throw DomainProblem.forbidden("other-unit", "Only an orderer of the unit that placed the order may do this");
        }
    }

    /** The unit's orderers and the county's coordinators may change the order's plan. */
    public static void requireOrderingUnitOrCoordinatorOf(Actor actor, Order order) {
        if (!isCoordinatorOf(actor, order) && !isOrderingUnitOf(actor, order)) {
            throw DomainProblem.forbidden("not-your-order", "Only the unit that placed order " + order.id()
                    + " or a coordinator of " + order.county() + " may do this");
        }
    }

    public static void requireViewer(Actor actor, Order order) {
        if (!isCoordinatorOf(actor, order) && !isOrderingUnitOf(actor, order) && !isAssignedExpertOf(actor, order)) {
            throw DomainProblem.forbidden("not-your-order", "You have no part in order " + order.id());
        }
    }

    /** Staff see every offer made for the order; an expert sees only their own. */
    public static List<Assignment> visibleAssignments(Actor actor, Order order) {
        if (isCoordinatorOf(actor, order) || isOrderingUnitOf(actor, order)) {
            return order.assignments();
        }
        return order.assignments().stream().filter(assignment -> assignment.isFor(actor.username())).toList();
    }
}
