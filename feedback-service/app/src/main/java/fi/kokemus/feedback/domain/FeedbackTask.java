package fi.kokemus.feedback.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The feedback collected for one completed assignment: one request per respondent, each with its
 * own link, and the answers given through them. Answers live inside the task so that a task and
 * its counts change in one write.
 *
 * @param version the stored version this state was read at (0 before the first write)
 */
public record FeedbackTask(TaskId id, CompletedWork work, Instant openedAt, List<FeedbackRequest> requests, long version) {

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
     * Opens the requests for {@code work}. Links stay valid for {@code linkValidity} from the task or
     * from their opening, whichever is later: work is approved after it was done, sometimes weeks
     * after, and counting from the task alone would hand out links that are already dead.
     */
    public static FeedbackTask open(CompletedWork work, Instant now, Duration linkValidity, Supplier<LinkToken> tokens) {
        Instant validFrom = work.startsAt().isAfter(now) ? work.startsAt() : now;
        Instant expiresAt = validFrom.plus(linkValidity);
        List<FeedbackRequest> requests = RespondentPolicy.respondentsFor(work).stream()
                .map(respondent -> FeedbackRequest.open(respondent, tokens.get(), expiresAt))
                .toList();
        return new FeedbackTask(TaskId.forAssignment(work.assignmentId()), work, now, requests, 0);
    }

    public Optional<FeedbackRequest> request(Respondent respondent) {
        return requests.stream().filter(request -> request.respondent() == respondent).findFirst();
    }

    public Optional<FeedbackRequest> requestWithToken(LinkToken token) {
        return requests.stream().filter(request -> request.token().equals(token)).findFirst();
    }

    /** Records an answer given through {@code token}'s link; refuses if that link takes no answers. */
    public FeedbackTask answer(LinkToken token, FeedbackAnswer answer) {
        FeedbackRequest answered = requestWithToken(token)
                .orElseThrow(() -> DomainProblem.notFound("feedback-link-not-found", "No such feedback link"))
                .withAnswer(answer);
        List<FeedbackRequest> updated = requests.stream()
                .map(request -> request.respondent() == answered.respondent() ? answered : request)
                .toList();
        return new FeedbackTask(id, work, openedAt, updated, version);
    }

    public RequestsOpened requestsOpened() {
        Set<Respondent> respondents = requests.stream().map(FeedbackRequest::respondent)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Respondent.class)));
        return new RequestsOpened(id, work.orderId(), work.expertId(), work.county(), respondents);
    }
}
