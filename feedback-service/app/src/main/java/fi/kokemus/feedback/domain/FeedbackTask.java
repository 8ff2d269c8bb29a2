package fi.kokemus.feedback.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The feedback collected on one expert's part in one session: one request per respondent, each with
 * its own link, and the answers given through them. Answers live inside the task so that a task and
 * its counts change in one write.
 *
 * @param version the stored version this state was read at (0 before the first write)
 */
public record FeedbackTask(TaskId id, SessionWork work, Instant openedAt, List<FeedbackRequest> requests, long version) {

    public FeedbackTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(openedAt, "openedAt");
        requests = requests.stream().sorted(Comparator.comparing(FeedbackRequest::respondent)).toList();
        if (requests.stream().map(FeedbackRequest::respondent).distinct().count() != requests.size()) {
            throw new IllegalArgumentException("A task asks each respondent once");
        }
    }

    /**
     * The task as the order's confirmation creates it: the audience's link, when there is an audience,
     * takes answers from the session's start for {@code listenerValidity}.
     */
    public static TaskChange confirmed(SessionWork work, Instant now, Duration listenerValidity,
            Supplier<IssuedLink> links) {
        FeedbackTask empty = new FeedbackTask(TaskId.of(work), work, now, List.of(), 0);
        return empty.opening(RespondentPolicy.atConfirmation(work),
                respondent -> FeedbackRequest.open(respondent, links.get(), work.startsAt(),
                        work.startsAt().plus(listenerValidity)));
    }

    /**
     * Opens the personal requests a session's outcome calls for, those not yet open. Their links take
     * answers from now for {@code linkValidity} from the session or from now, whichever is later: a
     * report can come days after the session, and counting from the session alone could hand out dead links.
     */
    public TaskChange afterSession(SessionOutcomeKind outcome, Instant now, Duration linkValidity,
            Supplier<IssuedLink> links) {
        Instant validFrom = work.startsAt().isAfter(now) ? work.startsAt() : now;
        Set<Respondent> missing = EnumSet.noneOf(Respondent.class);
        missing.addAll(RespondentPolicy.afterSession(work, outcome));
        requests.forEach(request -> missing.remove(request.respondent()));
        return opening(missing, respondent -> FeedbackRequest.open(respondent, links.get(), now,
                validFrom.plus(linkValidity)));
    }

    /** The session moved: the audience's link follows it, keeping its length. */
    public FeedbackTask rescheduled(Instant newStart) {
        Duration shift = Duration.between(work.startsAt(), newStart);
        return new FeedbackTask(id, work.movedTo(newStart), openedAt, changed(Respondent.LISTENER,
                listener -> listener.within(listener.opensAt().plus(shift), listener.expiresAt().plus(shift))), version);
    }

    /** The session was cancelled: every link that could still be answered is closed; answers given stay. */
    public FeedbackTask cancelled() {
        return new FeedbackTask(id, work, openedAt, requests.stream()
                .map(request -> request.respondent().singleUse() && !request.answers().isEmpty() ? request : request.close())
                .toList(), version);
    }

    public Optional<FeedbackRequest> request(Respondent respondent) {
        return requests.stream().filter(request -> request.respondent() == respondent).findFirst();
    }

    public Optional<FeedbackRequest> requestWithToken(TokenHash tokenHash) {
        return requests.stream().filter(request -> request.tokenHash().equals(tokenHash)).findFirst();
    }

    /** Records an answer given through the link with {@code tokenHash}; refuses if that link takes no answers. */
    public FeedbackTask answer(TokenHash tokenHash, FeedbackAnswer answer) {
        FeedbackRequest link = requestWithToken(tokenHash)
                .orElseThrow(() -> DomainProblem.notFound("feedback-link-not-found", "No such feedback link"));
        return new FeedbackTask(id, work, openedAt, changed(link.respondent(), request -> request.withAnswer(answer)),
                version);
    }

    /** Records an answer as {@link #answer} does, with what it tells others. */
    public AnswerRecorded answered(TokenHash tokenHash, FeedbackAnswer answer, int anonymityMinimum) {
        FeedbackTask answered = answer(tokenHash, answer);
        FeedbackRequest request = answered.requestWithToken(tokenHash).orElseThrow();
        return new AnswerRecorded(answered, request.respondent(), answer,
                RespondentSummary.of(request, anonymityMinimum));
    }

    private List<FeedbackRequest> changed(Respondent respondent, UnaryOperator<FeedbackRequest> change) {
        return requests.stream().map(request -> request.respondent() == respondent ? change.apply(request) : request)
                .toList();
    }

    private TaskChange opening(Set<Respondent> respondents, Function<Respondent, FeedbackRequest> open) {
        if (respondents.isEmpty()) {
            return new TaskChange(this, Optional.empty());
        }
        List<FeedbackRequest> more = new ArrayList<>(requests);
        respondents.stream().sorted().map(open).forEach(more::add);
        return new TaskChange(new FeedbackTask(id, work, openedAt, more, version), Optional.of(
                new RequestsOpened(id, work.orderId(), work.sessionId(), work.expertId(), work.county(), respondents)));
    }
}
