package fi.kokemus.feedback.application.service;

import fi.kokemus.feedback.application.port.in.ExpertFeedbackPage;
import fi.kokemus.feedback.application.port.in.ReadFeedbackUseCase;
import fi.kokemus.feedback.application.port.in.TaskFeedbackView;
import fi.kokemus.feedback.application.port.out.ExpertTasks;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.application.port.out.FollowUpNotes;
import fi.kokemus.feedback.domain.Disclosure;
import fi.kokemus.feedback.domain.FeedbackAnswer;
import fi.kokemus.feedback.domain.FeedbackReader;
import fi.kokemus.feedback.domain.FeedbackRequest;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.FollowUpNote;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.RespondentFeedback;
import fi.kokemus.feedback.domain.TaskFeedback;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class FeedbackReadingService implements ReadFeedbackUseCase {

    private final FeedbackTaskRepository tasks;
    private final ExpertTasks expertTasks;
    private final FollowUpNotes notes;
    private final int anonymityMinimum;

    public FeedbackReadingService(FeedbackTaskRepository tasks, ExpertTasks expertTasks, FollowUpNotes notes,
            int anonymityMinimum) {
        this.tasks = tasks;
        this.expertTasks = expertTasks;
        this.notes = notes;
        this.anonymityMinimum = anonymityMinimum;
    }

    @Override
    public TaskFeedbackView taskFeedback(Actor actor, TaskId taskId) {
        FeedbackTask task = KnownTasks.get(tasks, taskId);
        FeedbackReader reader = FeedbackReader.of(actor, task.work()).orElseThrow(() -> DomainProblem.forbidden(
                "not-your-feedback", "Only the task's expert, the ordering unit and the county's coordinators read its feedback"));
        return new TaskFeedbackView(TaskFeedback.of(task, reader, anonymityMinimum), notes.find(taskId));
    }

    @Override
    public ExpertFeedbackPage ownFeedback(Actor actor, int page, int size) {
        actor.requireAny(Role.EXPERT);
        if (page < 0 || (long) page * size > Integer.MAX_VALUE) {
            throw DomainProblem.invalid("invalid-page", "page counts from 0 and must be within the results", "page");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw DomainProblem.invalid("invalid-page-size", "size is 1 to " + MAX_PAGE_SIZE, "size");
        }
        List<FeedbackTask> onPage = expertTasks.page(actor.username(), page, size);
        Map<TaskId, FollowUpNote> notesOnPage = notes.findAll(onPage.stream().map(FeedbackTask::id).toList());
        List<TaskFeedbackView> views = onPage.stream().map(task -> new TaskFeedbackView(
                TaskFeedback.of(task, FeedbackReader.EXPERT, anonymityMinimum),
                Optional.ofNullable(notesOnPage.get(task.id())))).toList();
        return new ExpertFeedbackPage(views, page, size, expertTasks.count(actor.username()),
                clientsAcrossTasks(actor.username()));
    }

    private RespondentFeedback clientsAcrossTasks(String expertUsername) {
        List<FeedbackAnswer> answers = expertTasks.clientWork(expertUsername).stream()
                .flatMap(task -> task.request(Respondent.CLIENT).stream())
                .map(FeedbackRequest::answers).flatMap(List::stream).toList();
        return RespondentFeedback.of(Respondent.CLIENT, answers, Disclosure.AGGREGATE_FROM_MINIMUM, anonymityMinimum);
    }
}
