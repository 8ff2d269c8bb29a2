package fi.kokemus.feedback.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One respondent's link for a task and the answers given through it.
 *
 * @param opensAt   the first instant at which the link takes answers
 * @param expiresAt the first instant at which it no longer does
 * @param closed    the session was cancelled: the link takes no answers whatever the time
 */
public record FeedbackRequest(Respondent respondent, LinkId linkId, TokenHash tokenHash, Instant opensAt,
        Instant expiresAt, boolean closed, List<FeedbackAnswer> answers) {

    /** Bounds a public link's answers, and with them the size of the task's document. */
    public static final int MAX_ANSWERS = 1000;

    public FeedbackRequest {
        Objects.requireNonNull(respondent, "respondent");
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        answers = List.copyOf(answers);
    }

    public static FeedbackRequest open(Respondent respondent, IssuedLink link, Instant opensAt, Instant expiresAt) {
        return new FeedbackRequest(respondent, link.id(), link.tokenHash(), opensAt, expiresAt, false, List.of());
    }

    public LinkState state(Instant now) {
        if (closed) {
            return LinkState.CLOSED;
        }
        if (respondent.singleUse() && !answers.isEmpty()) {
            return LinkState.USED;
        }
        if (now.isBefore(opensAt)) {
            return LinkState.NOT_YET_OPEN;
        }
        if (!now.isBefore(expiresAt)) {
            return LinkState.EXPIRED;
        }
        return answers.size() >= MAX_ANSWERS ? LinkState.FULL : LinkState.OPEN;
    }

    /** Refuses with {@link FeedbackLinkClosed} unless the link takes answers at {@code now}. */
    public void requireOpen(Instant now) {
        LinkState state = state(now);
        if (state != LinkState.OPEN) {
            throw new FeedbackLinkClosed(state);
        }
    }

    public FeedbackRequest withAnswer(FeedbackAnswer answer) {
        requireOpen(answer.receivedAt());
        List<FeedbackAnswer> more = new ArrayList<>(answers);
        more.add(answer);
        return new FeedbackRequest(respondent, linkId, tokenHash, opensAt, expiresAt, closed, more);
    }

    public FeedbackRequest within(Instant newOpensAt, Instant newExpiresAt) {
        return new FeedbackRequest(respondent, linkId, tokenHash, newOpensAt, newExpiresAt, closed, answers);
    }

    public FeedbackRequest close() {
        return new FeedbackRequest(respondent, linkId, tokenHash, opensAt, expiresAt, true, answers);
    }
}
