package fi.kokemus.feedback.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One respondent's link for a task and the answers given through it.
 *
 * @param expiresAt the first instant at which the link no longer takes answers
 */
public record FeedbackRequest(Respondent respondent, LinkToken token, Instant expiresAt, List<FeedbackAnswer> answers) {

    /** Bounds a public link's answers, and with them the size of the task's document. */
    public static final int MAX_ANSWERS = 1000;

    public FeedbackRequest {
        Objects.requireNonNull(respondent, "respondent");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
        answers = List.copyOf(answers);
    }

    public static FeedbackRequest open(Respondent respondent, LinkToken token, Instant expiresAt) {
        return new FeedbackRequest(respondent, token, expiresAt, List.of());
    }

    public LinkState state(Instant now) {
        if (respondent.singleUse() && !answers.isEmpty()) {
            return LinkState.USED;
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
        return new FeedbackRequest(respondent, token, expiresAt, more);
    }
}
