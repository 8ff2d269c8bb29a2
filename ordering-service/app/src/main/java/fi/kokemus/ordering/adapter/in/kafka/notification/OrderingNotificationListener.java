package fi.kokemus.ordering.adapter.in.kafka.notification;

import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.ordering.notification.OrderingEventNotifier;
import fi.kokemus.platform.events.EventContract;
import fi.kokemus.platform.events.EventEnvelope;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.TraceIds;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads ordering's own events in a consumer group of its own, so notifications keep their own
 * offsets and a slow mail server never holds up anything else. Types it does not handle are
 * skipped; a failure (mail server, Keycloak) is retried and then parked on the dead-letter topic.
 * {@code kokemus.notifications.listen=false} keeps it from starting (tests of other parts).
 */
@Component
public class OrderingNotificationListener {

    public static final String GROUP = "ordering-notifications";

    private final EventReader reader;
    private final Map<String, Consumer<EventEnvelope<JsonNode>>> handlers = new HashMap<>();

    public OrderingNotificationListener(EventReader reader, OrderingEventNotifier notifier) {
        this.reader = reader;
        on(OrderingEvents.ORDER_PLACED, notifier::orderPlaced);
        on(OrderingEvents.EXPERT_OFFERED, notifier::expertOffered);
        on(OrderingEvents.ASSIGNMENT_ACCEPTED, notifier::assignmentAccepted);
        on(OrderingEvents.ASSIGNMENT_DECLINED, notifier::assignmentDeclined);
        on(OrderingEvents.ORDER_CONFIRMED, notifier::orderConfirmed);
        on(OrderingEvents.SESSION_RESCHEDULED, notifier::sessionRescheduled);
        on(OrderingEvents.ORDER_CANCELLED, notifier::orderCancelled);
        on(OrderingEvents.ASSIGNMENT_CANCELLED, notifier::assignmentCancelled);
        on(OrderingEvents.GROUP_ENDED_EARLY, notifier::groupEndedEarly);
        on(OrderingEvents.SESSION_HELD, notifier::sessionOutcome);
        on(OrderingEvents.CLIENT_NO_SHOW, notifier::sessionOutcome);
        on(OrderingEvents.WORK_REPORTED, notifier::workReported);
        on(OrderingEvents.WORK_RETURNED, notifier::workReturned);
        on(OrderingEvents.WORK_APPROVED, notifier::workApproved);
    }

    @KafkaListener(id = GROUP, groupId = GROUP, topics = OrderingEvents.TOPIC,
            autoStartup = "${kokemus.notifications.listen:${spring.kafka.listener.auto-startup:true}}")
    public void on(String message) {
        EventEnvelope<JsonNode> envelope = reader.read(message);
        var handler = handlers.get(envelope.type());
        if (handler != null) {
            try (TraceIds.Scope ignored = TraceIds.continueFrom(envelope.traceId())) {
                handler.accept(envelope);
            }
        }
    }

    private <T> void on(EventContract<T> contract, BiConsumer<String, T> handler) {
        handlers.put(contract.type(), envelope -> handler.accept(envelope.id(), reader.data(envelope, contract)));
    }
}
