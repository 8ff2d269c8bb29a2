package fi.kokemus.feedback.application.port.in;

import fi.kokemus.feedback.domain.FormDefinition;
import fi.kokemus.feedback.domain.LinkState;
import fi.kokemus.feedback.domain.Respondent;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a feedback link asks about and with which form: nothing that identifies the expert, the unit or
 * other respondents.
 */
public record FeedbackLinkView(Respondent respondent, String taskType, LocalDate taskDate, FormDefinition form,
        LinkState state, Instant opensAt, Instant expiresAt) {
}
