package fi.kokemus.feedback.adapter.in.kafka;

import fi.kokemus.feedback.application.port.in.ConfirmedOrder;
import fi.kokemus.feedback.application.port.in.FollowOrderingUseCase;
import fi.kokemus.feedback.application.port.in.ReportedSession;
import fi.kokemus.feedback.domain.OrderFacts;
import fi.kokemus.feedback.domain.SessionOutcomeKind;
import fi.kokemus.ordering.contract.OrderCancelled;
import fi.kokemus.ordering.contract.OrderConfirmed;
import fi.kokemus.ordering.contract.OrderPlaced;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.ordering.contract.SessionOutcome;
import fi.kokemus.ordering.contract.SessionRescheduled;
import fi.kokemus.ordering.contract.SessionTime;
import fi.kokemus.platform.events.EventContract;
import fi.kokemus.platform.events.EventEnvelope;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.InvalidEventException;
import fi.kokemus.platform.events.TraceIds;
import fi.kokemus.platform.problem.DomainProblem;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Follows the course of orders: placement (what the work is), confirmation (the audience link opens),
 * session reports (personal links open), rescheduling and cancellation. Other ordering events are not ours.
 */
@Component
public class OrderingEventsListener {

    private static final Logger log = LoggerFactory.getLogger(OrderingEventsListener.class);

    private final EventReader reader;
    private final FollowOrderingUseCase ordering;

    public OrderingEventsListener(EventReader reader, FollowOrderingUseCase ordering) {
        this.reader = reader;
        this.ordering = ordering;
    }

    @KafkaListener(topics = OrderingEvents.TOPIC)
    public void onOrderingEvent(String message) {
        EventEnvelope<JsonNode> envelope = reader.read(message);
        try (TraceIds.Scope ignored = TraceIds.continueFrom(envelope.traceId())) {
            String type = envelope.type();
            if (OrderingEvents.ORDER_PLACED.type().equals(type)) {
                OrderPlaced placed = data(envelope, OrderingEvents.ORDER_PLACED);
                valid(envelope, () -> ordering.orderPlaced(
                        new OrderFacts(placed.orderId(), placed.taskType(), placed.audience(), placed.clientWork())));
            } else if (OrderingEvents.ORDER_CONFIRMED.type().equals(type)) {
                confirmed(envelope, data(envelope, OrderingEvents.ORDER_CONFIRMED));
            } else if (OrderingEvents.SESSION_HELD.type().equals(type)) {
                reported(envelope, data(envelope, OrderingEvents.SESSION_HELD));
            } else if (OrderingEvents.CLIENT_NO_SHOW.type().equals(type)) {
                reported(envelope, data(envelope, OrderingEvents.CLIENT_NO_SHOW));
            } else if (OrderingEvents.SESSION_RESCHEDULED.type().equals(type)) {
                SessionRescheduled moved = data(envelope, OrderingEvents.SESSION_RESCHEDULED);
                valid(envelope, () -> ordering.sessionRescheduled(moved.orderId(), moved.sessionId(), moved.startsAt()));
            } else if (OrderingEvents.ORDER_CANCELLED.type().equals(type)) {
                OrderCancelled cancelled = data(envelope, OrderingEvents.ORDER_CANCELLED);
                valid(envelope, () -> ordering.sessionsCancelled(cancelled.orderId(), sessionIds(cancelled.sessions())));
            }
        }
    }

    private void confirmed(EventEnvelope<JsonNode> envelope, OrderConfirmed confirmed) {
        valid(envelope, () -> {
            int created = ordering.orderConfirmed(new ConfirmedOrder(confirmed.orderId(), confirmed.county(),
                    confirmed.unitId(),
                    confirmed.experts().stream().map(expert -> new ConfirmedOrder.Participant(expert.assignmentId(),
                            expert.expertId(), expert.expertUsername())).toList(),
                    confirmed.sessions().stream().map(session -> new ConfirmedOrder.PlannedSession(session.sessionId(),
                            session.startsAt())).toList()));
            if (created == 0) {
                log.info("Feedback tasks of order {} already existed; event {} changed nothing", confirmed.orderId(),
                        envelope.id());
            }
        });
    }

    private void reported(EventEnvelope<JsonNode> envelope, SessionOutcome outcome) {
        valid(envelope, () -> {
            boolean opened = ordering.sessionReported(new ReportedSession(outcome.orderId(), outcome.county(),
                    outcome.unitId(), outcome.sessionId(), outcome.assignmentId(), outcome.expertId(),
                    outcome.expertUsername(), outcome.taskType(), outcome.audience(), outcome.startsAt(),
                    SessionOutcomeKind.valueOf(outcome.outcome())));
            if (!opened) {
                log.info("Feedback requests for session {} of assignment {} were already open; event {} changed nothing",
                        outcome.sessionId(), outcome.assignmentId(), envelope.id());
            }
        });
    }

    private static Set<String> sessionIds(List<SessionTime> sessions) {
        return sessions.stream().map(SessionTime::sessionId).collect(Collectors.toSet());
    }

    private <T> T data(EventEnvelope<JsonNode> envelope, EventContract<T> contract) {
        return reader.data(envelope, contract);
    }

    /** Runs {@code step}; an event lacking what it needs is invalid (parked), not a reason to retry. */
    private static void valid(EventEnvelope<JsonNode> envelope, Runnable step) {
        try {
            step.run();
        } catch (DomainProblem | NullPointerException | IllegalArgumentException incomplete) {
            throw new InvalidEventException("Event " + envelope.id() + " lacks what feedback needs", incomplete);
        }
    }
}
