package fi.kokemus.feedback.application.port.in;

/** @param token the token of the link the answer was given through, as received */
public record SubmitFeedbackAnswerCommand(String token, int rating, String comment) {
}
