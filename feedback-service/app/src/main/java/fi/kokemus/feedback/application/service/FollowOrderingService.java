package fi.kokemus.feedback.application.service;

import fi.kokemus.feedback.application.port.in.ConfirmedOrder;
import fi.kokemus.feedback.application.port.in.FollowOrderingUseCase;
import fi.kokemus.feedback.application.port.in.ReportedSession;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.application.port.out.LinkKeys;
import fi.kokemus.feedback.application.port.out.OrderFactsRepository;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.OrderFacts;
import fi.kokemus.feedback.domain.SessionWork;
import fi.kokemus.feedback.domain.TaskChange;
import fi.kokemus.feedback.domain.TaskId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Keeps feedback tasks in step with their orders: one task per expert and session, created when the
 * order is confirmed and given its personal requests when the session is reported.
 */
public class FollowOrderingService implements FollowOrderingUseCase {

    /**
     * @param listenerValidity how long the audience's link takes answers from the session's start
     * @param linkValidity     how long personal links take answers
     */
    public record Validity(Duration listenerValidity, Duration linkValidity) {
    }

    /** Stands in for the task type of an order placed before this service saw ordering's events. */
    static final String UNKNOWN_TASK_TYPE = "UNKNOWN";

    private final FeedbackTaskRepository tasks;
    private final OrderFactsRepository orders;
    private final LinkKeys links;
    private final Clock clock;
    private final Validity validity;

    public FollowOrderingService(FeedbackTaskRepository tasks, OrderFactsRepository orders, LinkKeys links,
            Clock clock, Validity validity) {
        this.tasks = tasks;
        this.orders = orders;
        this.links = links;
        this.clock = clock;
        this.validity = validity;
    }

    @Override
    public void orderPlaced(OrderFacts facts) {
        orders.save(facts);
    }

    @Override
    public int orderConfirmed(ConfirmedOrder order) {
        Optional<OrderFacts> facts = orders.find(order.orderId());
        int created = 0;
        for (ConfirmedOrder.PlannedSession session : order.sessions()) {
            for (ConfirmedOrder.Participant expert : order.experts()) {
                SessionWork work = new SessionWork(order.orderId(), session.sessionId(), expert.assignmentId(),
                        expert.expertId(), expert.expertUsername(), order.county(), order.unitId(),
                        facts.map(OrderFacts::taskType).orElse(UNKNOWN_TASK_TYPE),
                        facts.map(OrderFacts::audience).orElse(null),
                        facts.map(OrderFacts::clientWork).orElse(false), session.startsAt());
                if (tasks.find(TaskId.of(work)).isEmpty() && add(confirmed(work))) {
                    created++;
                }
            }
        }
        return created;
    }

    @Override
    public boolean sessionReported(ReportedSession session) {
        SessionWork reported = new SessionWork(session.orderId(), session.sessionId(), session.assignmentId(),
                session.expertId(), session.expertUsername(), session.county(), session.unitId(), session.taskType(),
                session.audience(), orders.find(session.orderId()).map(OrderFacts::clientWork).orElse(false),
                session.startsAt());
        TaskId id = TaskId.of(reported);
        return TaskUpdates.retrying(() -> {
            FeedbackTask task = tasks.find(id).orElseGet(() -> {
                // Reported without a confirmation seen here: the task starts as the confirmation would have made it.
                add(confirmed(reported));
                return tasks.find(id).orElseThrow();
            });
            TaskChange change = task.afterSession(session.outcome(), clock.instant(), validity.linkValidity(),
                    links::issue);
            if (change.opened().isPresent()) {
                tasks.update(change.task(), change.opened());
            }
            return change.opened().isPresent();
        });
    }

    @Override
    public void sessionRescheduled(String orderId, String sessionId, Instant startsAt) {
        changeSession(orderId, Set.of(sessionId), task -> task.rescheduled(startsAt));
    }

    @Override
    public void sessionsCancelled(String orderId, Set<String> sessionIds) {
        changeSession(orderId, sessionIds, FeedbackTask::cancelled);
    }

    private void changeSession(String orderId, Set<String> sessionIds, UnaryOperator<FeedbackTask> change) {
        TaskUpdates.retrying(() -> {
            tasks.findByOrder(orderId).stream()
                    .filter(task -> sessionIds.contains(task.work().sessionId()))
                    .forEach(task -> {
                        FeedbackTask changed = change.apply(task);
                        if (!changed.equals(task)) {
                            tasks.update(changed, Optional.empty());
                        }
                    });
            return null;
        });
    }

    private TaskChange confirmed(SessionWork work) {
        return FeedbackTask.confirmed(work, clock.instant(), validity.listenerValidity(), links::issue);
    }

    private boolean add(TaskChange change) {
        return tasks.addIfAbsent(change.task(), change.opened());
    }
}
