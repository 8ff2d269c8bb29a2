package fi.kokemus.feedback.fakes;

import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepositoryContract;

/** Keeps the fake the use-case tests rely on honest: it passes the same contract as the Mongo adapter. */
class InMemoryFeedbackTaskRepositoryTest extends FeedbackTaskRepositoryContract {

    private final InMemoryFeedbackTaskRepository repository = new InMemoryFeedbackTaskRepository();

    @Override
    protected FeedbackTaskRepository repository() {
        return repository;
    }
}
