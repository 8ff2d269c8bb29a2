package fi.kokemus.feedback.fakes;

import fi.kokemus.feedback.application.port.in.SubmissionOutcome;
import fi.kokemus.feedback.application.port.in.SubmitFeedbackAnswerCommand;
import fi.kokemus.feedback.application.port.out.LinkKeys;
import fi.kokemus.feedback.application.service.FollowOrderingService;
import fi.kokemus.feedback.application.service.SubmitFeedbackAnswerService;
import fi.kokemus.feedback.domain.AnswerSummary;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.SessionWork;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.platform.test.MutableClock;
import java.time.Duration;
import java.util.Map;

/** Held sessions and answers given through their links, in memory, as ordering's events and respondents would make them. */
public final class AnsweredTasks {

    private final InMemoryFeedbackTaskRepository tasks;
    private final LinkKeys links = SampleWork.linkKeys();
    private final FollowOrderingService ordering;
    private final SubmitFeedbackAnswerService answers;

    public AnsweredTasks(InMemoryFeedbackTaskRepository tasks, MutableClock clock) {
        this.tasks = tasks;
        this.ordering = new FollowOrderingService(tasks, new InMemoryOrderFactsRepository(), links, clock,
                new FollowOrderingService.Validity(Duration.ofDays(14), Duration.ofDays(30)));
        this.answers = new SubmitFeedbackAnswerService(tasks, AnswerSummary.DEFAULT_MINIMUM, clock);
    }

    public FeedbackTask held(SessionWork work) {
        SampleWork.hold(ordering, work);
        return tasks.find(TaskId.of(work)).orElseThrow();
    }

    /** Answers {@code respondent}'s current form through its link; fails the test if the answer is not recorded. */
    public void answer(FeedbackTask task, Respondent respondent, Map<String, String> values) {
        SubmissionOutcome outcome = answers.submit(new SubmitFeedbackAnswerCommand(token(task, respondent), 1, values));
        if (!(outcome instanceof SubmissionOutcome.Recorded)) {
            throw new AssertionError("Answer not recorded: " + outcome);
        }
    }

    public String token(FeedbackTask task, Respondent respondent) {
        return links.tokenOf(task.request(respondent).orElseThrow().linkId()).value();
    }
}
