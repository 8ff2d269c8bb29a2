package fi.kokemus.feedback.application.service;

import fi.kokemus.feedback.application.port.in.FeedbackLinkView;
import fi.kokemus.feedback.application.port.in.ViewFeedbackLinkUseCase;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import java.time.Clock;
import java.util.Optional;

public class FeedbackLinkService implements ViewFeedbackLinkUseCase {

    private final FeedbackTaskRepository tasks;
    private final Clock clock;

    public FeedbackLinkService(FeedbackTaskRepository tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public Optional<FeedbackLinkView> describe(String token) {
        return LinkedTask.find(tasks, token).map(linked -> linked.view(clock.instant()));
    }
}
