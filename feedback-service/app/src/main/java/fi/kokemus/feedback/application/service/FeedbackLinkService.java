package fi.kokemus.feedback.application.service;

import fi.kokemus.feedback.application.port.in.FeedbackLinkView;
import fi.kokemus.feedback.application.port.in.ViewFeedbackLinkUseCase;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import java.time.Clock;

public class FeedbackLinkService implements ViewFeedbackLinkUseCase {

    private final FeedbackTaskRepository tasks;
    private final Clock clock;

    public FeedbackLinkService(FeedbackTaskRepository tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public FeedbackLinkView describe(String token) {
        LinkedTask linked = LinkedTask.find(tasks, token);
        linked.request().requireOpen(clock.instant());
        return new FeedbackLinkView(linked.task().work().taskType(), linked.task().work().taskDate(),
                linked.request().respondent(), linked.request().expiresAt());
    }
}
