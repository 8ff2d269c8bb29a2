package fi.kokemus.feedback.application.service;

import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.platform.problem.DomainProblem;

/** A task a caller names by id: there, or a 404 problem. */
final class KnownTasks {

    private KnownTasks() {
    }

    static FeedbackTask get(FeedbackTaskRepository tasks, TaskId taskId) {
        return tasks.find(taskId)
                .orElseThrow(() -> DomainProblem.notFound("feedback-task-not-found", "No feedback task " + taskId));
    }
}
