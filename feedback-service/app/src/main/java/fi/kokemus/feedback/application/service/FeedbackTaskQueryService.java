package fi.kokemus.feedback.application.service;

import fi.kokemus.feedback.application.port.in.FeedbackTaskView;
import fi.kokemus.feedback.application.port.in.ViewFeedbackTasksUseCase;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.application.port.out.LinkKeys;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.feedback.domain.TaskViewer;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

public class FeedbackTaskQueryService implements ViewFeedbackTasksUseCase {

    private final FeedbackTaskRepository tasks;
    private final LinkKeys links;
    private final Clock clock;

    public FeedbackTaskQueryService(FeedbackTaskRepository tasks, LinkKeys links, Clock clock) {
        this.tasks = tasks;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public List<FeedbackTaskView> tasksOfOrder(Actor actor, String orderId) {
        if (orderId == null || orderId.isBlank()) {
            throw DomainProblem.invalid("order-id-required", "Give the order whose feedback tasks to list", "orderId");
        }
        List<FeedbackTask> ofOrder = tasks.findByOrder(orderId);
        List<FeedbackTaskView> visible = ofOrder.stream()
                .flatMap(task -> viewFor(actor, task).stream())
                .toList();
        if (visible.isEmpty() && !ofOrder.isEmpty()) {
            throw notYours();
        }
        return visible;
    }

    @Override
    public FeedbackTaskView task(Actor actor, TaskId taskId) {
        FeedbackTask task = tasks.find(taskId)
                .orElseThrow(() -> DomainProblem.notFound("feedback-task-not-found", "No feedback task " + taskId));
        return viewFor(actor, task).orElseThrow(FeedbackTaskQueryService::notYours);
    }

    private Optional<FeedbackTaskView> viewFor(Actor actor, FeedbackTask task) {
        return TaskViewer.of(actor, task.work()).map(viewer -> FeedbackTaskView.of(task, viewer, clock.instant(), links::tokenOf));
    }

    private static DomainProblem notYours() {
        return DomainProblem.forbidden("not-your-task",
                "Only the ordering unit, the expert and the county's coordinators see this feedback");
    }
}
