package fi.kokemus.feedback.adapter.in.kafka.followup;

import fi.kokemus.fee.contract.BatchClosed;
import fi.kokemus.fee.contract.FeeApproved;
import fi.kokemus.fee.contract.FeeEvents;
import fi.kokemus.feedback.application.port.in.followup.RecordFollowUpFactsUseCase;
import fi.kokemus.feedback.domain.SessionWork;
import fi.kokemus.feedback.domain.followup.CountyExpert;
import fi.kokemus.feedback.domain.followup.FeeFact;
import fi.kokemus.feedback.domain.followup.FollowUpTask;
import fi.kokemus.feedback.domain.followup.PaymentBatch;
import fi.kokemus.feedback.domain.followup.TaskStatus;
import fi.kokemus.ordering.contract.OrderCancelled;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.ordering.contract.SessionOutcome;
import fi.kokemus.platform.events.EventContract;
import fi.kokemus.platform.events.EventEnvelope;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.InvalidEventException;
import fi.kokemus.platform.events.TraceIds;
import fi.kokemus.registry.contract.ExpertPublicProfile;
import fi.kokemus.registry.contract.RegistryEvents;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Collects what the follow-up reports count: sessions reported and cancelled (ordering), the
 * county's experts (registry) and fees (fee-service's finance feed). Its own consumer group, so it
 * reads every ordering event besides the group that runs the feedback requests.
 */
@Component
public class FollowUpEventsListener {

    public static final String GROUP = "feedback-follow-up";

    private final EventReader reader;
    private final RecordFollowUpFactsUseCase facts;
    private final Map<String, Consumer<EventEnvelope<JsonNode>>> handlers = new HashMap<>();

    public FollowUpEventsListener(EventReader reader, RecordFollowUpFactsUseCase facts) {
        this.reader = reader;
        this.facts = facts;
        on(OrderingEvents.SESSION_HELD, (outcome, time) -> reported(outcome));
        on(OrderingEvents.CLIENT_NO_SHOW, (outcome, time) -> reported(outcome));
        on(OrderingEvents.ORDER_CANCELLED, (cancelled, time) -> cancelled(cancelled));
        RegistryEvents.PROFILE_SNAPSHOTS.forEach(contract ->
                on(contract, (profile, time) -> facts.expertChanged(expertOf(profile), time)));
        on(RegistryEvents.EXPERT_ERASED, (erased, time) -> facts.expertErased(
                Objects.requireNonNull(erased.expertId(), "expertId"), time));
        on(FeeEvents.FEE_APPROVED, (fee, time) -> facts.feeAnnounced(feeOf(fee)));
        on(FeeEvents.FEE_REVERSED, (fee, time) -> facts.feeAnnounced(feeOf(fee)));
        on(FeeEvents.BATCH_CLOSED, (batch, time) -> facts.batchClosed(batchOf(batch)));
    }

    @KafkaListener(id = GROUP, groupId = GROUP,
            topics = {OrderingEvents.TOPIC, RegistryEvents.TOPIC, FeeEvents.TOPIC})
    public void on(String message) {
        EventEnvelope<JsonNode> envelope = reader.read(message);
        Consumer<EventEnvelope<JsonNode>> handler = handlers.get(envelope.type());
        if (handler != null) {
            try (TraceIds.Scope ignored = TraceIds.continueFrom(envelope.traceId())) {
                handler.accept(envelope);
            }
        }
    }

    private void reported(SessionOutcome outcome) {
        facts.tasksEnded(List.of(new FollowUpTask(FollowUpTask.keyOf(outcome.assignmentId(), outcome.sessionId()),
                outcome.county(), outcome.expertId(), outcome.taskType(), outcome.audience(), outcome.mode(),
                dateOf(outcome.startsAt()), TaskStatus.valueOf(outcome.outcome()), outcome.participants())));
    }

    private void cancelled(OrderCancelled cancelled) {
        facts.tasksEnded(cancelled.sessions().stream()
                .flatMap(session -> cancelled.experts().stream().map(expert -> new FollowUpTask(
                        FollowUpTask.keyOf(expert.assignmentId(), session.sessionId()), cancelled.county(),
                        expert.expertId(), cancelled.taskType(), null, null, dateOf(session.startsAt()),
                        TaskStatus.CANCELLED, 0)))
                .toList());
    }

    private static CountyExpert expertOf(ExpertPublicProfile profile) {
        return new CountyExpert(profile.expertId(), profile.displayName(), profile.organisationId(),
                profile.homeCounty(), Objects.requireNonNullElse(profile.contracts(),
                        List.<ExpertPublicProfile.AssignmentContract>of()).stream()
                        .map(contract -> new CountyExpert.Contract(contract.county(), contract.validFrom(),
                                contract.validUntil()))
                        .toList(),
                profile.active());
    }

    private static FeeFact feeOf(FeeApproved fee) {
        return new FeeFact(fee.feeLineId(), fee.county(), fee.expertId(), fee.taskType(), fee.earningDate(),
                fee.grossCents(), fee.taxFreeReimbursementsCents() + fee.taxableReimbursementsCents(),
                fee.reversesFeeLineId());
    }

    private static PaymentBatch batchOf(BatchClosed batch) {
        return new PaymentBatch(batch.batchId(), batch.county(), batch.paymentDate(), batch.lineCount(),
                batch.grossCents(), batch.payoutCents());
    }

    private static LocalDate dateOf(Instant startsAt) {
        return startsAt.atZone(SessionWork.COUNTY_TIME).toLocalDate();
    }

    /** Registers a handler; an event lacking what it needs is invalid (parked), not a reason to retry. */
    private <T> void on(EventContract<T> contract, BiConsumer<T, Instant> handler) {
        handlers.put(contract.type(), envelope -> {
            T data = reader.data(envelope, contract);
            try {
                handler.accept(data, envelope.time());
            } catch (NullPointerException | IllegalArgumentException incomplete) {
                throw new InvalidEventException("Event " + envelope.id() + " lacks what the follow-up needs",
                        incomplete);
            }
        });
    }
}
