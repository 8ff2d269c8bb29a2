package fi.kokemus.ordering.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An order for an expert's work and the offers made for it. At most one assignment is live at a
 * time; the order's {@link #state()} follows from it. Declined offers stay as history.
 */
public final class Order {

    private final OrderId id;
    private final OrderingUnit unit;
    private final String orderedBy;
    private final OrderForm form;
    private final List<Assignment> assignments;
    private final long version;
    private final List<OrderEvent> pendingEvents = new ArrayList<>();

    private Order(OrderId id, OrderingUnit unit, String orderedBy, OrderForm form, List<Assignment> assignments,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.orderedBy = Objects.requireNonNull(orderedBy, "orderedBy");
        this.form = Objects.requireNonNull(form, "form");
        this.assignments = new ArrayList<>(assignments);
        this.version = version;
        if (this.assignments.stream().filter(assignment -> assignment.state().isLive()).count() > 1) {
            throw new IllegalArgumentException("Order " + id + " has more than one live assignment");
        }
    }

    /** A new order; the work must start after {@code now}. */
    public static Order place(OrderId id, OrderingUnit unit, String orderedBy, OrderForm form, Instant now) {
        if (!form.startsAt().isAfter(now)) {
            throw DomainProblem.invalid("starts-in-past", "The work must start in the future", "startsAt");
        }
        Order order = new Order(id, unit, orderedBy, form, List.of(), 0);
        order.pendingEvents.add(OrderEvent.placed());
        return order;
    }

    /** An order as it was stored at {@code version}. */
    public static Order restore(OrderId id, OrderingUnit unit, String orderedBy, OrderForm form,
            List<Assignment> assignments, long version) {
        return new Order(id, unit, orderedBy, form, assignments, version);
    }

    public OrderState state() {
        return liveAssignment().map(assignment -> assignment.state().orderState()).orElse(OrderState.PLACED);
    }

    public Optional<Assignment> liveAssignment() {
        return assignments.stream().filter(assignment -> assignment.state().isLive()).findFirst();
    }

    /** Offers the order to {@code expert}; only a {@link OrderState#PLACED} order can be offered. */
    public Assignment offer(AssignmentId assignmentId, Expert expert) {
        if (state() != OrderState.PLACED) {
            throw new IllegalTransitionException("Order " + id + " is " + state()
                    + "; only a PLACED order can be offered to an expert");
        }
        expert.requireBookableIn(unit.county());
        Assignment offered = Assignment.offer(assignmentId, expert);
        assignments.add(offered);
        pendingEvents.add(OrderEvent.of(OrderEvent.Type.EXPERT_ASSIGNED, assignmentId));
        return offered;
    }

    public Assignment accept(AssignmentId assignmentId, String expertUsername) {
        return changeOwn(assignmentId, expertUsername, Assignment::accept, OrderEvent.Type.ASSIGNMENT_ACCEPTED);
    }

    /** The expert turns the offer down; the order is PLACED again, ready for another offer. */
    public Assignment decline(AssignmentId assignmentId, String expertUsername, String reason) {
        return changeOwn(assignmentId, expertUsername, assignment -> assignment.decline(reason),
                OrderEvent.Type.ASSIGNMENT_DECLINED);
    }

    public Assignment report(AssignmentId assignmentId, String expertUsername, WorkReport work) {
        return changeOwn(assignmentId, expertUsername, assignment -> assignment.report(work),
                OrderEvent.Type.WORK_REPORTED);
    }

    /** The ordering unit approves the reported work; who may approve is the caller's check. */
    public Assignment approve(AssignmentId assignmentId, String approvedBy) {
        return change(assignmentId, assignment -> assignment.approve(approvedBy), OrderEvent.Type.WORK_APPROVED);
    }

    private Assignment changeOwn(AssignmentId assignmentId, String expertUsername, UnaryOperator<Assignment> step,
            OrderEvent.Type eventType) {
        if (!assignment(assignmentId).isFor(expertUsername)) {
            throw new NotAssignedExpertException(assignmentId);
        }
        return change(assignmentId, step, eventType);
    }

    private Assignment change(AssignmentId assignmentId, UnaryOperator<Assignment> step, OrderEvent.Type eventType) {
        Assignment current = assignment(assignmentId);
        Assignment next = step.apply(current);
        assignments.set(assignments.indexOf(current), next);
        pendingEvents.add(OrderEvent.of(eventType, assignmentId));
        return next;
    }

    public Assignment assignment(AssignmentId assignmentId) {
        return assignments.stream()
                .filter(assignment -> assignment.id().equals(assignmentId))
                .findFirst()
                .orElseThrow(() -> new AssignmentNotFoundException(id, assignmentId));
    }

    public OrderId id() {
        return id;
    }

    public OrderingUnit unit() {
        return unit;
    }

    public String county() {
        return unit.county();
    }

    public String orderedBy() {
        return orderedBy;
    }

    public OrderForm form() {
        return form;
    }

    public List<Assignment> assignments() {
        return List.copyOf(assignments);
    }

    /** The stored version this order was read at; 0 for a new order. */
    public long version() {
        return version;
    }

    /** Events of the changes made since the order was placed or restored, oldest first. */
    public List<OrderEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
