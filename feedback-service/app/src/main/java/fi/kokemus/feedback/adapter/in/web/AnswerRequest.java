package fi.kokemus.feedback.adapter.in.web;

import fi.kokemus.feedback.domain.FeedbackAnswer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record AnswerRequest(
        @NotNull @Min(FeedbackAnswer.MIN_RATING) @Max(FeedbackAnswer.MAX_RATING) Integer rating,
        @Size(max = FeedbackAnswer.MAX_COMMENT_LENGTH) String comment) {
}
