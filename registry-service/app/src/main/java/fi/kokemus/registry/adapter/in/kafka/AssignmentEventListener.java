package fi.kokemus.registry.adapter.in.kafka;

import fi.kokemus.ordering.contract.AssignmentChanged;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.platform.events.EventEnvelope;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.InvalidEventException;
import fi.kokemus.platform.events.TraceIds;
import fi.kokemus.registry.application.port.in.RecordAssignmentUseCase;
import fi.kokemus.registry.domain.AcceptedAssignment;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Counts the assignments experts accept, for the fair ranking; other ordering events are ignored.
 * An unreadable event goes to the dead-letter topic.
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
            if (OrderingEvents.ASSIGNMENT_ACCEPTED.type().equals(envelope.type())) {
                assignments.recordAccepted(acceptedAssignment(envelope));
            }
        }
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
