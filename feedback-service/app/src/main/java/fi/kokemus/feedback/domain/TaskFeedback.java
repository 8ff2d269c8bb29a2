package fi.kokemus.feedback.domain;

import java.util.List;
import java.util.Objects;

/** A task's feedback as one reader may see it: a group per respondent asked, in the order of {@link Respondent}. */
public record TaskFeedback(TaskId taskId, SessionWork work, FeedbackReader reader, List<RespondentFeedback> respondents) {

    public TaskFeedback {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(reader, "reader");
        respondents = List.copyOf(respondents);
    }

    public static TaskFeedback of(FeedbackTask task, FeedbackReader reader, int anonymityMinimum) {
        return new TaskFeedback(task.id(), task.work(), reader, task.requests().stream()
                .map(request -> RespondentFeedback.of(request.respondent(), request.answers(),
                        reader.disclosureOf(request.respondent()), anonymityMinimum))
                .toList());
    }
}
