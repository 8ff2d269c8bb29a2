package fi.kokemus.feedback.domain;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A task after an answer was recorded, with what the answer tells others: that it arrived, and the
 * respondent type's new aggregate when that may be told ({@link RespondentSummary#of}).
 */
public record AnswerRecorded(FeedbackTask task, Respondent respondent, FeedbackAnswer answer,
        Optional<RespondentSummary> summary) {

    public AnswerRecorded {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(respondent, "respondent");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(summary, "summary");
    }

    /** The request answered: the task and its respondent, never the link. */
    public String requestId() {
        return task.id().value() + "/" + respondent.name();
    }

    /** The answer's ratings as others may learn them: only an answer given in a working role's. */
    public Map<String, Integer> ratingsToPublish() {
        return FeedbackReader.EVENT_CONSUMER.disclosureOf(respondent) == Disclosure.AS_GIVEN
                ? answer.ratings() : Map.of();
    }
}
