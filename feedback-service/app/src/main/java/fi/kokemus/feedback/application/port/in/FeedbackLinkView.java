package fi.kokemus.feedback.application.port.in;

import fi.kokemus.feedback.domain.Respondent;
import java.time.Instant;
import java.time.LocalDate;

/** What a feedback link asks about: nothing that identifies the expert, the unit or other respondents. */
public record FeedbackLinkView(String taskType, LocalDate taskDate, Respondent respondent, Instant expiresAt) {
}
