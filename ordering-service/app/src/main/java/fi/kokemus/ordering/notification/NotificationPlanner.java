package fi.kokemus.ordering.notification;

import fi.kokemus.ordering.contract.AssignmentCancelled;
import fi.kokemus.ordering.contract.AssignmentChanged;
import fi.kokemus.ordering.contract.ExpertOffered;
import fi.kokemus.ordering.contract.ExpertRef;
import fi.kokemus.ordering.contract.GroupEndedEarly;
import fi.kokemus.ordering.contract.OrderCancelled;
import fi.kokemus.ordering.contract.OrderPlaced;
import fi.kokemus.ordering.contract.SessionRescheduled;
import fi.kokemus.ordering.contract.WorkReported;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides who hears what of each event: experts of offers and of changes to their work, the
 * orderer of the expert's answers and reports, a county's coordinators of new orders and of
 * experts who withdrew. An order notifications never saw placed has no known orderer, so its
 * orderer is not told.
 */
public final class NotificationPlanner {

    private static final String COORDINATED = "COORDINATED";

    private final Messages messages;

    public NotificationPlanner(Messages messages) {
        this.messages = messages;
    }

    List<Notification> orderPlaced(String eventId, OrderPlaced order) {
        if (!COORDINATED.equals(order.route())) {
            return List.of();
        }
        return List.of(notification(eventId, new Recipient.Coordinators(order.county()),
                messages.newOrderInQueue(order.taskType(), order.startsAt(), order.orderId())));
    }

    List<Notification> expertOffered(String eventId, ExpertOffered offer, Optional<OrderFacts> order) {
        Message message = messages.newOffer(order.map(OrderFacts::taskType).orElse(null),
                order.map(OrderFacts::remote).orElse(false), order.map(OrderFacts::sessions).orElse(List.of()),
                offer.startsAt(), offer.respondBy(), offer.orderId());
        return List.of(notification(eventId, new Recipient.Account(offer.expertUsername()), message));
    }

    List<Notification> assignmentAccepted(String eventId, AssignmentChanged answer, Optional<OrderFacts> order) {
        return toOrderer(eventId, order, messages.accepted(answer.orderId()));
    }

    List<Notification> assignmentDeclined(String eventId, AssignmentChanged answer, Optional<OrderFacts> order) {
        return toOrderer(eventId, order, messages.declined(answer.orderId()));
    }

    List<Notification> sessionRescheduled(String eventId, SessionRescheduled moved, Optional<OrderFacts> order) {
        Message message = messages.sessionRescheduled(order.map(OrderFacts::taskType).orElse(null),
                moved.previousStartsAt(), moved.startsAt(), moved.orderId());
        return toExperts(eventId, moved.experts(), message);
    }

    List<Notification> orderCancelled(String eventId, OrderCancelled cancelled) {
        Message message = messages.cancelledByUnit(cancelled.taskType(), cancelled.sessions().size(),
                cancelled.orderId());
        return toExperts(eventId, cancelled.experts(), message);
    }

    List<Notification> groupEndedEarly(String eventId, GroupEndedEarly ended, Optional<OrderFacts> order) {
        Message message = messages.groupEndedEarly(order.map(OrderFacts::taskType).orElse(null),
                ended.sessions().size(), ended.orderId());
        return toExperts(eventId, ended.experts(), message);
    }

    List<Notification> assignmentCancelled(String eventId, AssignmentCancelled cancelled, Optional<OrderFacts> order) {
        var coordinators = notification(eventId, new Recipient.Coordinators(cancelled.county()),
                messages.backupNeeded(cancelled.orderId()));
        var orderer = toOrderer(eventId, order, messages.expertCancelled(cancelled.orderId()));
        return Stream.concat(orderer.stream(), Stream.of(coordinators)).toList();
    }

    List<Notification> workReported(String eventId, WorkReported report, Optional<OrderFacts> order) {
        return toOrderer(eventId, order, messages.workReported(report.startsAt(), report.orderId()));
    }

    private List<Notification> toOrderer(String eventId, Optional<OrderFacts> order, Message message) {
        return order.map(known -> List.of(notification(eventId, new Recipient.Account(known.orderedBy()), message)))
                .orElse(List.of());
    }

    private List<Notification> toExperts(String eventId, List<ExpertRef> experts, Message message) {
        return experts.stream()
                .map(expert -> notification(eventId, new Recipient.Account(expert.expertUsername()), message))
                .toList();
    }

    static Notification notification(String origin, Recipient recipient, Message message) {
        return new Notification(origin + "/" + recipient.key(), recipient, message);
    }
}
