package fi.kokemus.ordering.adapter.out.mongo;

import fi.kokemus.ordering.contract.AssignmentCancelled;
import fi.kokemus.ordering.contract.AssignmentChanged;
import fi.kokemus.ordering.contract.ExpertOffered;
import fi.kokemus.ordering.contract.CandidateChosen;
import fi.kokemus.ordering.contract.CandidatesProposed;
import fi.kokemus.ordering.contract.ExpertRef;
import fi.kokemus.ordering.contract.GroupEndedEarly;
import fi.kokemus.ordering.contract.OrderCancelled;
import fi.kokemus.ordering.contract.OrderConfirmed;
import fi.kokemus.ordering.contract.OrderPlaced;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.ordering.contract.SessionOutcome;
import fi.kokemus.ordering.contract.SessionRescheduled;
import fi.kokemus.ordering.contract.SessionTime;
import fi.kokemus.ordering.contract.Travel;
import fi.kokemus.ordering.contract.WorkApproved;
import fi.kokemus.ordering.contract.WorkReported;
import fi.kokemus.ordering.contract.WorkReturned;
import fi.kokemus.ordering.domain.Assignment;
import fi.kokemus.ordering.domain.AssignmentId;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderEvent;
import fi.kokemus.ordering.domain.OrderForm;
import fi.kokemus.ordering.domain.Outcome;
import fi.kokemus.ordering.domain.Session;
import fi.kokemus.ordering.domain.SessionId;
import fi.kokemus.ordering.domain.SessionWork;
import fi.kokemus.ordering.domain.Venue;
import fi.kokemus.ordering.domain.WorkReport;
import fi.kokemus.platform.events.EventContract;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.OutboxMessage;
import java.util.List;

/** Turns an order's pending domain events into the published contract's envelopes, keyed by order id. */
final class OrderEventMessages {

    /** A session is one occasion, whatever its outcome. */
    private static final int OCCASIONS_PER_SESSION = 1;

    private final EventWriter writer;

    OrderEventMessages(EventWriter writer) {
        this.writer = writer;
    }

    List<OutboxMessage> of(Order order) {
        return order.pendingEvents().stream().map(event -> message(order, event)).toList();
    }

    private OutboxMessage message(Order order, OrderEvent event) {
        String id = order.id().toString();
        String county = order.county();
        String unitId = order.unit().unitId();
        if (event instanceof OrderEvent.Placed) {
            return write(OrderingEvents.ORDER_PLACED, order, placed(order));
        }
        if (event instanceof OrderEvent.CandidatesProposed proposed) {
            return write(OrderingEvents.CANDIDATES_PROPOSED, order,
                    new CandidatesProposed(id, county, unitId, proposed.expertIds(), proposed.by(), proposed.at()));
        }
        if (event instanceof OrderEvent.CandidateChosen chosen) {
            return write(OrderingEvents.CANDIDATE_CHOSEN, order,
                    new CandidateChosen(id, county, unitId, chosen.expertId(), chosen.by(), chosen.at()));
        }
        if (event instanceof OrderEvent.ExpertOffered offered) {
            return write(OrderingEvents.EXPERT_OFFERED, order, offered(order, offered.assignmentId()));
        }
        if (event instanceof OrderEvent.OfferAccepted accepted) {
            return write(OrderingEvents.ASSIGNMENT_ACCEPTED, order, changed(order, accepted.assignmentId()));
        }
        if (event instanceof OrderEvent.OfferDeclined declined) {
            return write(OrderingEvents.ASSIGNMENT_DECLINED, order, changed(order, declined.assignmentId()));
        }
        if (event instanceof OrderEvent.Confirmed confirmed) {
            return write(OrderingEvents.ORDER_CONFIRMED, order,
                    new OrderConfirmed(id, county, unitId, experts(order), times(plannedSessions(order)), confirmed.at()));
        }
        if (event instanceof OrderEvent.SessionRescheduled moved) {
            return write(OrderingEvents.SESSION_RESCHEDULED, order, rescheduled(order, moved));
        }
        if (event instanceof OrderEvent.OrderCancelled cancelled) {
            return write(OrderingEvents.ORDER_CANCELLED, order, cancelled(order, cancelled));
        }
        if (event instanceof OrderEvent.AssignmentCancelled withdrawn) {
            return write(OrderingEvents.ASSIGNMENT_CANCELLED, order, withdrawn(order, withdrawn));
        }
        if (event instanceof OrderEvent.GroupEndedEarly ended) {
            return write(OrderingEvents.GROUP_ENDED_EARLY, order,
                    new GroupEndedEarly(id, county, unitId, ended.reason().name(), ended.by(), ended.at(),
                            times(ended.sessions()), experts(order)));
        }
        if (event instanceof OrderEvent.SessionOutcomeReported outcome) {
            return sessionOutcome(order, outcome);
        }
        if (event instanceof OrderEvent.WorkReported reported) {
            return write(OrderingEvents.WORK_REPORTED, order,
                    reported(order, reported.assignmentId(), reported.sessionId()));
        }
        if (event instanceof OrderEvent.WorkReturned returned) {
            return write(OrderingEvents.WORK_RETURNED, order,
                    returned(order, returned.assignmentId(), returned.sessionId()));
        }
        OrderEvent.WorkApproved approved = (OrderEvent.WorkApproved) event;
        return write(OrderingEvents.WORK_APPROVED, order,
                approved(order, approved.assignmentId(), approved.sessionId()));
    }

    private <T> OutboxMessage write(EventContract<T> contract, Order order, T data) {
        return writer.write(contract, order.id().toString(), order.county(), data);
    }

    private static OrderPlaced placed(Order order) {
        OrderForm form = order.form();
        Session first = order.sessions().get(0);
        return new OrderPlaced(order.id().toString(), order.county(), order.unit().unitId(), order.orderedBy(),
                order.route().name(), form.role().name(), form.taskType(), form.topic(), form.audience().name(),
                mode(form), form.language(), form.expertsNeeded(), form.eventScope().name(),
                form.preparationExpected(), order.task().clientWork(), form.costCentre(), times(order.sessions()),
                first.startsAt(), first.durationMinutes());
    }

    private static ExpertOffered offered(Order order, AssignmentId assignmentId) {
        Assignment assignment = order.assignment(assignmentId);
        return new ExpertOffered(order.id().toString(), assignment.id().toString(), assignment.expertId(),
                assignment.expertUsername(), order.county(), order.unit().unitId(), order.startsAt(),
                assignment.expiresAt());
    }

    private static AssignmentChanged changed(Order order, AssignmentId assignmentId) {
        Assignment assignment = order.assignment(assignmentId);
        return new AssignmentChanged(order.id().toString(), assignment.id().toString(), assignment.expertId(),
                assignment.expertUsername(), order.county(), order.unit().unitId(), order.startsAt());
    }

    private static SessionRescheduled rescheduled(Order order, OrderEvent.SessionRescheduled moved) {
        Session session = order.session(moved.sessionId());
        return new SessionRescheduled(order.id().toString(), order.county(), order.unit().unitId(),
                session.id().toString(), moved.previousStartsAt(), session.startsAt(), session.durationMinutes(),
                moved.agreedBy(), moved.at(), experts(order));
    }

    private static OrderCancelled cancelled(Order order, OrderEvent.OrderCancelled cancelled) {
        OrderForm form = order.form();
        return new OrderCancelled(order.id().toString(), order.county(), order.unit().unitId(), form.costCentre(),
                form.role().name(), form.taskType(), form.eventScope().name(), form.preparationExpected(),
                cancelled.by(), cancelled.at(), cancelled.reason(), times(cancelled.sessions()), experts(order));
    }

    private static AssignmentCancelled withdrawn(Order order, OrderEvent.AssignmentCancelled withdrawn) {
        Assignment assignment = order.assignment(withdrawn.assignmentId());
        return new AssignmentCancelled(order.id().toString(), assignment.id().toString(), assignment.expertId(),
                assignment.expertUsername(), order.county(), order.unit().unitId(), assignment.cancelCause().name(),
                withdrawn.by(), withdrawn.at(), times(withdrawn.sessions()));
    }

    private OutboxMessage sessionOutcome(Order order, OrderEvent.SessionOutcomeReported event) {
        Assignment assignment = order.assignment(event.assignmentId());
        Session session = order.session(event.sessionId());
        WorkReport report = work(assignment, event.sessionId()).report();
        SessionOutcome outcome = new SessionOutcome(order.id().toString(), order.county(), order.unit().unitId(),
                session.id().toString(), assignment.id().toString(), assignment.expertId(), assignment.expertUsername(),
                order.form().taskType(), order.form().audience().name(), mode(order.form()), session.startsAt(),
                report.outcome().name(), report.participants());
        return write(report.outcome() == Outcome.CLIENT_NO_SHOW ? OrderingEvents.CLIENT_NO_SHOW
                : OrderingEvents.SESSION_HELD, order, outcome);
    }

    private static WorkReported reported(Order order, AssignmentId assignmentId, SessionId sessionId) {
        Assignment assignment = order.assignment(assignmentId);
        WorkReport report = work(assignment, sessionId).report();
        return new WorkReported(order.id().toString(), assignment.id().toString(), sessionId.toString(),
                assignment.expertId(), order.county(), order.session(sessionId).startsAt(), report.outcome().name(),
                report.participants(), OCCASIONS_PER_SESSION, report.minutesWorked());
    }

    private static WorkReturned returned(Order order, AssignmentId assignmentId, SessionId sessionId) {
        Assignment assignment = order.assignment(assignmentId);
        SessionWork work = work(assignment, sessionId);
        return new WorkReturned(order.id().toString(), assignment.id().toString(), sessionId.toString(),
                assignment.expertId(), order.county(), work.decidedBy(), work.decidedAt());
    }

    private static WorkApproved approved(Order order, AssignmentId assignmentId, SessionId sessionId) {
        Assignment assignment = order.assignment(assignmentId);
        SessionWork work = work(assignment, sessionId);
        WorkReport report = work.report();
        OrderForm form = order.form();
        return new WorkApproved(order.id().toString(), assignment.id().toString(), assignment.expertId(),
                assignment.expertUsername(), order.county(), order.unit().unitId(), form.costCentre(),
                form.role().name(), form.taskType(), form.audience().name(), form.eventScope().name(),
                form.preparationExpected(), sessionId.toString(), order.session(sessionId).startsAt(),
                report.outcome().name(), report.participants(), OCCASIONS_PER_SESSION, report.minutesWorked(),
                report.feeWaived(), report.reducedFeeCents(), travel(report.travel()), work.decidedBy(),
                work.decidedAt());
    }

    private static Travel travel(fi.kokemus.ordering.domain.Travel travel) {
        return new Travel(travel.ownCarKilometres(), travel.route(), travel.passengers(), travel.ticketsCents(),
                travel.awayMinutes(), travel.farthestKilometres(), travel.freeMeals(),
                travel.expenses().stream().map(expense -> new Travel.Expense(expense.description(), expense.cents()))
                        .toList(), travel.usualMealPlaceUnavailable());
    }

    private static SessionWork work(Assignment assignment, SessionId sessionId) {
        return assignment.workFor(sessionId).orElseThrow();
    }

    private static List<ExpertRef> experts(Order order) {
        return order.acceptedAssignments().stream()
                .map(assignment -> new ExpertRef(assignment.id().toString(), assignment.expertId(),
                        assignment.expertUsername()))
                .toList();
    }

    private static List<Session> plannedSessions(Order order) {
        return order.sessions().stream().filter(Session::isPlanned).toList();
    }

    private static List<SessionTime> times(List<Session> sessions) {
        return sessions.stream()
                .map(session -> new SessionTime(session.id().toString(), session.startsAt(), session.durationMinutes()))
                .toList();
    }

    private static String mode(OrderForm form) {
        return form.venue() instanceof Venue.Remote ? "REMOTE" : "ON_SITE";
    }
}
