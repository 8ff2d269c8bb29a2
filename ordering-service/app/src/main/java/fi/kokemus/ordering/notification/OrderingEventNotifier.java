package fi.kokemus.ordering.notification;

import fi.kokemus.ordering.contract.AssignmentCancelled;
import fi.kokemus.ordering.contract.AssignmentChanged;
import fi.kokemus.ordering.contract.ExpertOffered;
import fi.kokemus.ordering.contract.ExpertRef;
import fi.kokemus.ordering.contract.GroupEndedEarly;
import fi.kokemus.ordering.contract.OrderCancelled;
import fi.kokemus.ordering.contract.OrderConfirmed;
import fi.kokemus.ordering.contract.OrderPlaced;
import fi.kokemus.ordering.contract.SessionOutcome;
import fi.kokemus.ordering.contract.SessionRescheduled;
import fi.kokemus.ordering.contract.SessionTime;
import fi.kokemus.ordering.contract.WorkApproved;
import fi.kokemus.ordering.contract.WorkReported;
import fi.kokemus.ordering.contract.WorkReturned;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Follows ordering's own events: keeps the orders and the experts' agendas notifications need,
 * then sends what {@link NotificationPlanner} decides. Every step is idempotent by event id.
 */
public final class OrderingEventNotifier {

    private static final String REMOTE = "REMOTE";

    private final OrderFactsStore orders;
    private final ExpertAgenda agenda;
    private final NotificationPlanner planner;
    private final NotificationSender sender;

    public OrderingEventNotifier(OrderFactsStore orders, ExpertAgenda agenda, NotificationPlanner planner,
            NotificationSender sender) {
        this.orders = orders;
        this.agenda = agenda;
        this.planner = planner;
        this.sender = sender;
    }

    public void orderPlaced(String eventId, OrderPlaced order) {
        orders.add(new OrderFacts(order.orderId(), order.county(), order.orderedBy(), order.taskType(),
                REMOTE.equals(order.mode()), order.sessions()));
        sender.deliver(planner.orderPlaced(eventId, order));
    }

    public void expertOffered(String eventId, ExpertOffered offer) {
        Optional<OrderFacts> order = orders.find(offer.orderId());
        order.ifPresent(known -> agenda.add(eventId, known.sessions().stream()
                .map(session -> offered(offer, known, session)).toList()));
        sender.deliver(planner.expertOffered(eventId, offer, order));
    }

    public void assignmentAccepted(String eventId, AssignmentChanged answer) {
        agenda.mark(eventId, AgendaSelection.assignment(answer.orderId(), answer.assignmentId()), AgendaStatus.ACCEPTED);
        sender.deliver(planner.assignmentAccepted(eventId, answer, orders.find(answer.orderId())));
    }

    public void assignmentDeclined(String eventId, AssignmentChanged answer) {
        agenda.mark(eventId, AgendaSelection.assignment(answer.orderId(), answer.assignmentId()), AgendaStatus.DECLINED);
        sender.deliver(planner.assignmentDeclined(eventId, answer, orders.find(answer.orderId())));
    }

    public void orderConfirmed(String eventId, OrderConfirmed confirmed) {
        agenda.mark(eventId, new AgendaSelection(confirmed.orderId(), assignmentIds(confirmed.experts()), Set.of()),
                AgendaStatus.ACCEPTED);
    }

    public void sessionRescheduled(String eventId, SessionRescheduled moved) {
        orders.reschedule(moved.orderId(), moved.sessionId(), moved.startsAt(), moved.durationMinutes());
        agenda.reschedule(eventId, moved.orderId(), moved.sessionId(), moved.startsAt(), moved.durationMinutes());
        sender.deliver(planner.sessionRescheduled(eventId, moved, orders.find(moved.orderId())));
    }

    public void orderCancelled(String eventId, OrderCancelled cancelled) {
        cancel(eventId, cancelled.orderId(), Set.of(), cancelled.sessions());
        sender.deliver(planner.orderCancelled(eventId, cancelled));
    }

    public void assignmentCancelled(String eventId, AssignmentCancelled cancelled) {
        cancel(eventId, cancelled.orderId(), Set.of(cancelled.assignmentId()), cancelled.sessions());
        sender.deliver(planner.assignmentCancelled(eventId, cancelled, orders.find(cancelled.orderId())));
    }

    public void groupEndedEarly(String eventId, GroupEndedEarly ended) {
        cancel(eventId, ended.orderId(), Set.of(), ended.sessions());
        sender.deliver(planner.groupEndedEarly(eventId, ended, orders.find(ended.orderId())));
    }

    /** A session held, or one the client did not come to: either way the expert's report is due. */
    public void sessionOutcome(String eventId, SessionOutcome outcome) {
        agenda.mark(eventId, AgendaSelection.session(outcome.orderId(), outcome.assignmentId(), outcome.sessionId()),
                AgendaStatus.HELD);
    }

    public void workReported(String eventId, WorkReported report) {
        agenda.mark(eventId, AgendaSelection.session(report.orderId(), report.assignmentId(), report.sessionId()),
                AgendaStatus.REPORTED);
        sender.deliver(planner.workReported(eventId, report, orders.find(report.orderId())));
    }

    /** A returned report is due again. */
    public void workReturned(String eventId, WorkReturned returned) {
        agenda.mark(eventId, AgendaSelection.session(returned.orderId(), returned.assignmentId(), returned.sessionId()),
                AgendaStatus.HELD);
    }

    public void workApproved(String eventId, WorkApproved approved) {
        agenda.mark(eventId, AgendaSelection.session(approved.orderId(), approved.assignmentId(), approved.sessionId()),
                AgendaStatus.APPROVED);
    }

    private void cancel(String eventId, String orderId, Set<String> assignmentIds, List<SessionTime> sessions) {
        if (!sessions.isEmpty()) {
            Set<String> sessionIds = sessions.stream().map(SessionTime::sessionId).collect(Collectors.toSet());
            agenda.mark(eventId, new AgendaSelection(orderId, assignmentIds, sessionIds), AgendaStatus.CANCELLED);
        }
    }

    private static Set<String> assignmentIds(List<ExpertRef> experts) {
        return experts.stream().map(ExpertRef::assignmentId).collect(Collectors.toSet());
    }

    private static AgendaEntry offered(ExpertOffered offer, OrderFacts order, SessionTime session) {
        return new AgendaEntry(offer.assignmentId(), session.sessionId(), offer.expertUsername(), order.orderId(),
                order.county(), order.taskType(), order.remote(), session.startsAt(), session.durationMinutes(),
                AgendaStatus.OFFERED, false, 0);
    }
}
