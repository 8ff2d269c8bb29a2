package fi.kokemus.feedback.application.service;

import fi.kokemus.feedback.application.port.in.SubmitFeedbackAnswerCommand;
import fi.kokemus.feedback.application.port.in.SubmitFeedbackAnswerUseCase;
import fi.kokemus.feedback.application.port.in.SubmittedAnswer;
import fi.kokemus.feedback.application.port.out.ConcurrentTaskUpdate;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.domain.FeedbackAnswer;
import java.time.Clock;

/**
 * Answers go into the task's document under its version check. A whole audience answering the
 * public link at once makes lost races normal, so a lost race is retried on fresh state.
 */
public class SubmitFeedbackAnswerService implements SubmitFeedbackAnswerUseCase {

    static final int ATTEMPTS = 5;

    private final FeedbackTaskRepository tasks;
    private final Clock clock;

    public SubmitFeedbackAnswerService(FeedbackTaskRepository tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public SubmittedAnswer submit(SubmitFeedbackAnswerCommand command) {
        FeedbackAnswer answer = new FeedbackAnswer(command.rating(), command.comment(), clock.instant());
        for (int attempt = 1; ; attempt++) {
            LinkedTask linked = LinkedTask.find(tasks, command.token());
            try {
                tasks.update(linked.task().answer(linked.token(), answer));
                return new SubmittedAnswer(linked.request().respondent(), answer);
            } catch (ConcurrentTaskUpdate lostRace) {
                if (attempt == ATTEMPTS) {
                    throw lostRace;
                }
            }
        }
    }
}
