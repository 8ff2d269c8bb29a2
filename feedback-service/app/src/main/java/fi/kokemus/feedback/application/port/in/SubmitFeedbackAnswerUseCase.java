package fi.kokemus.feedback.application.port.in;

/** Records an answer given through a feedback link by a person without an account. */
public interface SubmitFeedbackAnswerUseCase {

    SubmissionOutcome submit(SubmitFeedbackAnswerCommand command);
}
