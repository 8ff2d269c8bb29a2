package fi.kokemus.fee.adapter.in.kafka;

import fi.kokemus.fee.application.port.in.PriceApprovedWorkUseCase;
import fi.kokemus.fee.application.port.in.SettleCancellationsUseCase;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.platform.events.EventEnvelope;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.InvalidEventException;
import fi.kokemus.platform.events.TraceIds;
import fi.kokemus.platform.problem.DomainProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Settles what ordering's facts decide about fees: approved work, an orderer's cancellation, an
 * expert's withdrawal and a group ended early. The other ordering events are none of fee-service's
 * business.
 */
@Component
class OrderingEventsListener {

    private static final Logger log = LoggerFactory.getLogger(OrderingEventsListener.class);

    private final EventReader reader;
    private final PriceApprovedWorkUseCase priceApprovedWork;
    private final SettleCancellationsUseCase settleCancellations;

    OrderingEventsListener(EventReader reader, PriceApprovedWorkUseCase priceApprovedWork,
            SettleCancellationsUseCase settleCancellations) {
        this.reader = reader;
        this.priceApprovedWork = priceApprovedWork;
        this.settleCancellations = settleCancellations;
    }

    @KafkaListener(topics = OrderingEvents.TOPIC)
    void onOrderingEvent(String message) {
        EventEnvelope<JsonNode> envelope = reader.read(message);
        try (TraceIds.Scope ignored = TraceIds.continueFrom(envelope.traceId())) {
            Object outcome = settle(envelope);
            if (outcome != null) {
                log.info("{} {}: {}", envelope.type(), envelope.id(), outcome);
            }
        } catch (DomainProblem problem) {
            if (problem.kind() == DomainProblem.Kind.INVALID) {
                // Retrying cannot make an incomplete fact valid: park it at once.
                throw new InvalidEventException("Event " + envelope.id() + " cannot be settled", problem);
            }
            throw problem;
        }
    }

    private Object settle(EventEnvelope<JsonNode> envelope) {
        String type = envelope.type();
        if (OrderingEvents.WORK_APPROVED.type().equals(type)) {
            return priceApprovedWork.price(
                    OrderingCommands.of(reader.data(envelope, OrderingEvents.WORK_APPROVED)));
        }
        if (OrderingEvents.ORDER_CANCELLED.type().equals(type)) {
            return settleCancellations.settle(
                    OrderingCommands.of(reader.data(envelope, OrderingEvents.ORDER_CANCELLED)));
        }
        if (OrderingEvents.ASSIGNMENT_CANCELLED.type().equals(type)) {
            return settleCancellations.settle(
                    OrderingCommands.of(reader.data(envelope, OrderingEvents.ASSIGNMENT_CANCELLED)));
        }
        if (OrderingEvents.GROUP_ENDED_EARLY.type().equals(type)) {
            return settleCancellations.settle(
                    OrderingCommands.of(reader.data(envelope, OrderingEvents.GROUP_ENDED_EARLY)));
        }
        return null;
    }
}
