package fi.kokemus.feedback.application.service;

import fi.kokemus.feedback.application.port.in.FeedbackLinkView;
import fi.kokemus.feedback.application.port.in.SubmissionOutcome;
import fi.kokemus.feedback.application.port.in.SubmitFeedbackAnswerCommand;
import fi.kokemus.feedback.application.port.in.SubmitFeedbackAnswerUseCase;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.domain.FormCatalogue;
import fi.kokemus.feedback.domain.FormDefinition;
import fi.kokemus.feedback.domain.LinkState;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Checks an answer against the form version the person was shown and stores it, or says why not. */
public class SubmitFeedbackAnswerService implements SubmitFeedbackAnswerUseCase {

    private final FeedbackTaskRepository tasks;
    /** Fewest answers of an aggregate-only group whose summary the events tell. */
    private final int anonymityMinimum;
    private final Clock clock;

    public SubmitFeedbackAnswerService(FeedbackTaskRepository tasks, int anonymityMinimum, Clock clock) {
        this.tasks = tasks;
        this.anonymityMinimum = anonymityMinimum;
        this.clock = clock;
    }

    @Override
    public SubmissionOutcome submit(SubmitFeedbackAnswerCommand command) {
        return TaskUpdates.retrying(() -> attempt(command));
    }

    private SubmissionOutcome attempt(SubmitFeedbackAnswerCommand command) {
        Instant now = clock.instant();
        Optional<LinkedTask> found = LinkedTask.find(tasks, command.token());
        if (found.isEmpty()) {
            return new SubmissionOutcome.Unavailable(Optional.empty());
        }
        LinkedTask linked = found.get();
        FeedbackLinkView link = linked.view(formShown(linked, command.formVersion()), now);
        if (link.state() != LinkState.OPEN) {
            return new SubmissionOutcome.Unavailable(Optional.of(link));
        }
        FormDefinition.Check check = link.form().check(command.values(), now);
        if (check instanceof FormDefinition.Refused refused) {
            return new SubmissionOutcome.Refused(link, refused.errors());
        }
        var answer = ((FormDefinition.Accepted) check).answer();
        tasks.recordAnswer(linked.task().answered(linked.tokenHash(), answer, anonymityMinimum));
        return new SubmissionOutcome.Recorded(link, answer);
    }

    /** The version the person answered, when it was published; otherwise the current one. */
    private static FormDefinition formShown(LinkedTask linked, Integer version) {
        return Optional.ofNullable(version)
                .flatMap(shown -> FormCatalogue.find(linked.request().respondent(), shown))
                .orElseGet(() -> FormCatalogue.current(linked.request().respondent()));
    }
}
