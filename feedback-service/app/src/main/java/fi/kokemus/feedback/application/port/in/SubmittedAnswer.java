package fi.kokemus.feedback.application.port.in;

import fi.kokemus.feedback.domain.FeedbackAnswer;
import fi.kokemus.feedback.domain.Respondent;

/** The answer as stored, and which kind of respondent gave it. */
public record SubmittedAnswer(Respondent respondent, FeedbackAnswer answer) {
}
