package fi.kokemus.feedback.application.port.in;

import fi.kokemus.feedback.domain.FeedbackRequest;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.LinkId;
import fi.kokemus.feedback.domain.LinkState;
import fi.kokemus.feedback.domain.LinkToken;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.SessionWork;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.feedback.domain.TaskViewer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A task as one viewer sees it: every request with its state and answer count, links only where allowed. */
public record FeedbackTaskView(TaskId id, SessionWork work, Instant openedAt, List<RequestView> requests) {

    /** @param link the link's token, present only when the viewer may see it */
    public record RequestView(Respondent respondent, LinkState state, Instant opensAt, Instant expiresAt, int answers,
            Optional<LinkToken> link) {
    }

    public static FeedbackTaskView of(FeedbackTask task, TaskViewer viewer, Instant now,
            Function<LinkId, LinkToken> tokens) {
        return new FeedbackTaskView(task.id(), task.work(), task.openedAt(),
                task.requests().stream().map(request -> requestView(request, viewer, now, tokens)).toList());
    }

    public Optional<RequestView> request(Respondent respondent) {
        return requests.stream().filter(request -> request.respondent() == respondent).findFirst();
    }

    private static RequestView requestView(FeedbackRequest request, TaskViewer viewer, Instant now,
            Function<LinkId, LinkToken> tokens) {
        Optional<LinkToken> link = viewer.seesLinkOf(request.respondent())
                ? Optional.of(tokens.apply(request.linkId()))
                : Optional.empty();
        return new RequestView(request.respondent(), request.state(now), request.opensAt(), request.expiresAt(),
                request.answers().size(), link);
    }
}
