package fi.kokemus.registry.adapter.in.kafka;

import fi.kokemus.ordering.contract.AssignmentCancelled;
import fi.kokemus.ordering.contract.AssignmentChanged;
import fi.kokemus.ordering.contract.ExpertRef;
import fi.kokemus.ordering.contract.OrderCancelled;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.platform.events.EventEnvelope;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.InvalidEventException;
import fi.kokemus.platform.events.TraceIds;
import fi.kokemus.registry.application.port.in.RecordAssignmentUseCase;
import fi.kokemus.registry.domain.AcceptedAssignment;
import java.util.List;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Follows the assignments experts accept and those later cancelled by either side, for the fair
 * ranking and the contact disclosures; other ordering events are ignored. An unreadable event goes
 * to the dead-letter topic.
 */
@Component
public class AssignmentEventListener {

    private final EventReader reader;
    private final RecordAssignmentUseCase assignments;

    public AssignmentEventListener(EventReader reader, RecordAssignmentUseCase assignments) {
        this.reader = reader;
        this.assignments = assignments;
    }

    @KafkaListener(topics = OrderingEvents.TOPIC)
    public void on(String message) {
        EventEnvelope<JsonNode> envelope = reader.read(message);
        try (TraceIds.Scope ignored = TraceIds.continueFrom(envelope.traceId())) {
            String type = envelope.type();
            if (OrderingEvents.ASSIGNMENT_ACCEPTED.type().equals(type)) {
                assignments.recordAccepted(acceptedAssignment(envelope));
            } else if (OrderingEvents.ASSIGNMENT_CANCELLED.type().equals(type)) {
                AssignmentCancelled cancelled = reader.data(envelope, OrderingEvents.ASSIGNMENT_CANCELLED);
                withdraw(envelope, List.of(new ExpertRef(cancelled.assignmentId(), cancelled.expertId(),
                        cancelled.expertUsername())));
            } else if (OrderingEvents.ORDER_CANCELLED.type().equals(type)) {
                OrderCancelled cancelled = reader.data(envelope, OrderingEvents.ORDER_CANCELLED);
                withdraw(envelope, cancelled.experts() == null ? List.of() : cancelled.experts());
            }
        }
    }

    private void withdraw(EventEnvelope<JsonNode> envelope, List<ExpertRef> experts) {
        for (ExpertRef expert : experts) {
            if (expert.expertId() == null || expert.assignmentId() == null) {
                throw new InvalidEventException("Event " + envelope.id() + " names an expert without expert or assignment id", null);
            }
        }
        experts.forEach(expert -> assignments.recordWithdrawn(expert.expertId(), expert.assignmentId()));
    }

    private AcceptedAssignment acceptedAssignment(EventEnvelope<JsonNode> envelope) {
        AssignmentChanged accepted = reader.data(envelope, OrderingEvents.ASSIGNMENT_ACCEPTED);
        try {
            return new AcceptedAssignment(accepted.expertId(), accepted.assignmentId(), accepted.unitId(),
                    accepted.startsAt());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("Event " + envelope.id() + " lacks the expert, assignment, unit or start", e);
        }
    }
}
