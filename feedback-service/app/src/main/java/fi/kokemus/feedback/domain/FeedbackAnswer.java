package fi.kokemus.feedback.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.Instant;
import java.util.Objects;

/**
 * One answer given through a feedback link. The comment is kept exactly as written; whoever shows
 * it escapes it for their medium.
 *
 * @param rating  1 (poor) to 5 (excellent)
 * @param comment free text, at most {@value #MAX_COMMENT_LENGTH} characters; empty when none was given
 */
public record FeedbackAnswer(int rating, String comment, Instant receivedAt) {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    public static final int MAX_COMMENT_LENGTH = 2000;

    public FeedbackAnswer {
        if (rating < MIN_RATING || rating > MAX_RATING) {
            throw DomainProblem.invalid("invalid-rating",
                    "The rating must be between " + MIN_RATING + " and " + MAX_RATING, "rating");
        }
        comment = comment == null ? "" : comment;
        if (comment.length() > MAX_COMMENT_LENGTH) {
            throw DomainProblem.invalid("comment-too-long",
                    "The comment may have at most " + MAX_COMMENT_LENGTH + " characters", "comment");
        }
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
