package fi.kokemus.feedback.application.service;

import fi.kokemus.feedback.application.port.in.RecordFollowUpUseCase;
import fi.kokemus.feedback.application.port.in.ViewFollowUpForLinkUseCase;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.application.port.out.FollowUpNotes;
import fi.kokemus.feedback.domain.FeedbackReader;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.FollowUpNote;
import fi.kokemus.feedback.domain.LinkState;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

public class FollowUpService implements RecordFollowUpUseCase, ViewFollowUpForLinkUseCase {

    private final FeedbackTaskRepository tasks;
    private final FollowUpNotes notes;
    private final Clock clock;

    public FollowUpService(FeedbackTaskRepository tasks, FollowUpNotes notes, Clock clock) {
        this.tasks = tasks;
        this.notes = notes;
        this.clock = clock;
    }

    @Override
    public FollowUpNote record(Actor actor, TaskId taskId, Map<String, String> texts) {
        FeedbackTask task = KnownTasks.get(tasks, taskId);
        if (!FeedbackReader.of(actor, task.work()).map(FeedbackReader::recordsFollowUp).orElse(false)) {
            throw DomainProblem.forbidden("not-your-follow-up",
                    "Only the ordering unit and the county's coordinators record how the feedback was used");
        }
        String recordedBy = actor.username() != null ? actor.username() : actor.subject();
        FollowUpNote note = FollowUpNote.record(taskId, texts, recordedBy, clock.instant(), notes.find(taskId));
        notes.save(note);
        return note;
    }

    @Override
    public Optional<FollowUpNote> forLink(String token) {
        return LinkedTask.find(tasks, token)
                .filter(linked -> !linked.request().respondent().singleUse()
                        || linked.request().state(clock.instant()) == LinkState.USED)
                .flatMap(linked -> notes.find(linked.task().id()));
    }
}
