package fi.kokemus.feedback.fakes;

import fi.kokemus.feedback.application.port.out.ExpertTasks;
import fi.kokemus.feedback.domain.FeedbackTask;
import java.util.Comparator;
import java.util.List;

/** Reads the tasks a {@link InMemoryFeedbackTaskRepository} holds, as the Mongo adapter reads the same collection. */
public class InMemoryExpertTasks implements ExpertTasks {

    private static final Comparator<FeedbackTask> NEWEST_FIRST = Comparator
            .comparing((FeedbackTask task) -> task.work().startsAt()).reversed()
            .thenComparing(task -> task.id().value());

    private final InMemoryFeedbackTaskRepository tasks;

    public InMemoryExpertTasks(InMemoryFeedbackTaskRepository tasks) {
        this.tasks = tasks;
    }

    @Override
    public List<FeedbackTask> page(String expertUsername, int page, int size) {
        return of(expertUsername).stream().sorted(NEWEST_FIRST).skip((long) page * size).limit(size).toList();
    }

    @Override
    public long count(String expertUsername) {
        return of(expertUsername).size();
    }

    @Override
    public List<FeedbackTask> clientWork(String expertUsername) {
        return of(expertUsername).stream().filter(task -> task.work().clientWork()).toList();
    }

    private List<FeedbackTask> of(String expertUsername) {
        return tasks.all().stream().filter(task -> task.work().expertUsername().equals(expertUsername)).toList();
    }
}
