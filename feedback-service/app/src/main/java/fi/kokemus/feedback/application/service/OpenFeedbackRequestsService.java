package fi.kokemus.feedback.application.service;

import fi.kokemus.feedback.application.port.in.OpenFeedbackRequestsUseCase;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.application.port.out.RandomBytes;
import fi.kokemus.feedback.domain.CompletedWork;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.LinkToken;
import fi.kokemus.feedback.domain.TaskId;
import java.time.Clock;
import java.time.Duration;

public class OpenFeedbackRequestsService implements OpenFeedbackRequestsUseCase {

    private final FeedbackTaskRepository tasks;
    private final RandomBytes randomBytes;
    private final Clock clock;
    private final Duration linkValidity;

    public OpenFeedbackRequestsService(FeedbackTaskRepository tasks, RandomBytes randomBytes, Clock clock,
            Duration linkValidity) {
        this.tasks = tasks;
        this.randomBytes = randomBytes;
        this.clock = clock;
        this.linkValidity = linkValidity;
    }

    @Override
    public boolean open(CompletedWork work) {
        if (tasks.find(TaskId.forAssignment(work.assignmentId())).isPresent()) {
            return false;
        }
        FeedbackTask task = FeedbackTask.open(work, clock.instant(), linkValidity,
                () -> LinkToken.fromRandomBytes(randomBytes.next(LinkToken.RANDOM_BYTES)));
        return tasks.addIfAbsent(task, task.requestsOpened());
    }
}
