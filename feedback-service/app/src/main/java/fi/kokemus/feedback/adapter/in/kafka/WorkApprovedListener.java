package fi.kokemus.feedback.adapter.in.kafka;

import fi.kokemus.feedback.application.port.in.OpenFeedbackRequestsUseCase;
import fi.kokemus.feedback.domain.CompletedWork;
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

/** Opens feedback requests when ordering reports approved work; other ordering events are not ours. */
@Component
public class WorkApprovedListener {

    private static final Logger log = LoggerFactory.getLogger(WorkApprovedListener.class);

    private final EventReader reader;
    private final OpenFeedbackRequestsUseCase openFeedbackRequests;

    public WorkApprovedListener(EventReader reader, OpenFeedbackRequestsUseCase openFeedbackRequests) {
        this.reader = reader;
        this.openFeedbackRequests = openFeedbackRequests;
    }

    @KafkaListener(topics = OrderingEvents.TOPIC)
    public void onOrderingEvent(String message) {
        EventEnvelope<JsonNode> envelope = reader.read(message);
        if (!OrderingEvents.WORK_APPROVED.type().equals(envelope.type())) {
            return;
        }
        try (TraceIds.Scope ignored = TraceIds.continueFrom(envelope.traceId())) {
            CompletedWork work = completedWork(envelope, reader.data(envelope, OrderingEvents.WORK_APPROVED));
            if (!openFeedbackRequests.open(work)) {
                log.info("Feedback requests for assignment {} were already open; event {} changed nothing",
                        work.assignmentId(), envelope.id());
            }
        }
    }

    private static CompletedWork completedWork(EventEnvelope<JsonNode> envelope, WorkApproved approved) {
        try {
            return new CompletedWork(approved.orderId(), approved.assignmentId(), approved.expertId(),
                    approved.expertUsername(), approved.county(), approved.unitId(), approved.taskType(),
                    approved.audience(), approved.startsAt());
        } catch (DomainProblem incomplete) {
            throw new InvalidEventException("Event " + envelope.id() + " lacks what a feedback task needs", incomplete);
        }
    }
}
