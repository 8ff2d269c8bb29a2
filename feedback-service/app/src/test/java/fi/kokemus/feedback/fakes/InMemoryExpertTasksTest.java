package fi.kokemus.feedback.fakes;

import fi.kokemus.feedback.application.port.out.ExpertTasks;
import fi.kokemus.feedback.application.port.out.ExpertTasksContract;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;

class InMemoryExpertTasksTest extends ExpertTasksContract {

    private final InMemoryFeedbackTaskRepository tasks = new InMemoryFeedbackTaskRepository();
    private final InMemoryExpertTasks expertTasks = new InMemoryExpertTasks(tasks);

    @Override
    protected FeedbackTaskRepository tasks() {
        return tasks;
    }

    @Override
    protected ExpertTasks expertTasks() {
        return expertTasks;
    }
}
