package fi.kokemus.ordering.adapter.out.mongo;

import fi.kokemus.ordering.contract.AssignmentChanged;
import fi.kokemus.ordering.contract.OrderPlaced;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.ordering.contract.WorkApproved;
import fi.kokemus.ordering.contract.WorkReported;
import fi.kokemus.ordering.domain.Assignment;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderEvent;
import fi.kokemus.ordering.domain.OrderForm;
import fi.kokemus.platform.events.EventContract;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.OutboxMessage;
import java.util.List;

/** Turns an order's pending domain events into the published contract's envelopes, keyed by order id. */
final class OrderEventMessages {

    private final EventWriter writer;

    OrderEventMessages(EventWriter writer) {
        this.writer = writer;
    }

    List<OutboxMessage> of(Order order) {
        return order.pendingEvents().stream().map(event -> message(order, event)).toList();
    }

    private OutboxMessage message(Order order, OrderEvent event) {
        return switch (event.type()) {
            case PLACED -> write(OrderingEvents.ORDER_PLACED, order, placed(order));
            case EXPERT_ASSIGNED -> write(OrderingEvents.EXPERT_ASSIGNED, order, changed(order, event));
            case ASSIGNMENT_ACCEPTED -> write(OrderingEvents.ASSIGNMENT_ACCEPTED, order, changed(order, event));
            case ASSIGNMENT_DECLINED -> write(OrderingEvents.ASSIGNMENT_DECLINED, order, changed(order, event));
            case WORK_REPORTED -> write(OrderingEvents.WORK_REPORTED, order, reported(order, event));
            case WORK_APPROVED -> write(OrderingEvents.WORK_APPROVED, order, approved(order, event));
        };
    }

    private <T> OutboxMessage write(EventContract<T> contract, Order order, T data) {
        return writer.write(contract, order.id().toString(), order.county(), data);
    }

    private static OrderPlaced placed(Order order) {
        OrderForm form = order.form();
        return new OrderPlaced(order.id().toString(), order.county(), order.unit().unitId(), form.taskType(),
                form.topic(), form.audience().name(), form.startsAt(), form.durationMinutes());
    }

    private static AssignmentChanged changed(Order order, OrderEvent event) {
        Assignment assignment = order.assignment(event.assignmentId());
        return new AssignmentChanged(order.id().toString(), assignment.id().toString(), assignment.expertId(),
                assignment.expertUsername(), order.county(), order.unit().unitId(), order.form().startsAt());
    }

    private static WorkReported reported(Order order, OrderEvent event) {
        Assignment assignment = order.assignment(event.assignmentId());
        return new WorkReported(order.id().toString(), assignment.id().toString(), assignment.expertId(),
                order.county(), order.form().startsAt(), assignment.work().occasions(), assignment.work().minutesWorked());
    }

    private static WorkApproved approved(Order order, OrderEvent event) {
        Assignment assignment = order.assignment(event.assignmentId());
        OrderForm form = order.form();
        return new WorkApproved(order.id().toString(), assignment.id().toString(), assignment.expertId(),
                assignment.expertUsername(), order.county(), order.unit().unitId(), form.costCentre(),
                form.taskType(), form.audience().name(), form.startsAt(), assignment.work().occasions(),
                assignment.work().minutesWorked(), assignment.approvedBy());
    }
}
