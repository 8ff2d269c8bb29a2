package fi.kokemus.fee.adapter.in.kafka;

import fi.kokemus.fee.application.port.in.PriceApprovedWorkCommand;
import fi.kokemus.fee.application.port.in.PriceApprovedWorkUseCase;
import fi.kokemus.fee.application.port.in.PricingOutcome;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.ordering.contract.WorkApproved;
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

/** Prices every approval of work ordering publishes; the other ordering events are none of fee-service's business. */
@Component
class WorkApprovedListener {

    private static final Logger log = LoggerFactory.getLogger(WorkApprovedListener.class);

    private final EventReader reader;
    private final PriceApprovedWorkUseCase priceApprovedWork;

    WorkApprovedListener(EventReader reader, PriceApprovedWorkUseCase priceApprovedWork) {
        this.reader = reader;
        this.priceApprovedWork = priceApprovedWork;
    }

    @KafkaListener(topics = OrderingEvents.TOPIC)
    void onOrderingEvent(String message) {
        EventEnvelope<JsonNode> envelope = reader.read(message);
        if (!OrderingEvents.WORK_APPROVED.type().equals(envelope.type())) {
            return;
        }
        WorkApproved work = reader.data(envelope, OrderingEvents.WORK_APPROVED);
        try (TraceIds.Scope ignored = TraceIds.continueFrom(envelope.traceId())) {
            PricingOutcome outcome = priceApprovedWork.price(toCommand(work));
            log.info("Work approval {} for assignment {}: {}", envelope.id(), work.assignmentId(), outcome);
        } catch (DomainProblem problem) {
            if (problem.kind() == DomainProblem.Kind.INVALID) {
                // Retrying cannot make incomplete work valid: park it at once.
                throw new InvalidEventException("Event " + envelope.id() + " is not pricable work", problem);
            }
            throw problem;
        }
    }

    private static PriceApprovedWorkCommand toCommand(WorkApproved work) {
        return new PriceApprovedWorkCommand(work.orderId(), work.assignmentId(), work.expertId(), work.county(),
                work.unitId(), work.costCentre(), work.taskType(), work.startsAt(), work.occasions(),
                work.minutesWorked());
    }
}
