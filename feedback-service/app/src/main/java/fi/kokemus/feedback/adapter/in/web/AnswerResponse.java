package fi.kokemus.feedback.adapter.in.web;

import fi.kokemus.feedback.application.port.in.SubmittedAnswer;
import fi.kokemus.feedback.domain.Respondent;
import java.time.Instant;
import tools.jackson.databind.annotation.JsonSerialize;

/** The answer as recorded; the comment is echoed exactly, escaped so that no page can mistake it for markup. */
public record AnswerResponse(
        Respondent respondent,
        int rating,
        @JsonSerialize(using = HtmlSafeStringSerializer.class) String comment,
        Instant receivedAt) {

    static AnswerResponse of(SubmittedAnswer submitted) {
        return new AnswerResponse(submitted.respondent(), submitted.answer().rating(), submitted.answer().comment(),
                submitted.answer().receivedAt());
    }
}
