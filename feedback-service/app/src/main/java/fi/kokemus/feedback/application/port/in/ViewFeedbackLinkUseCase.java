package fi.kokemus.feedback.application.port.in;

/** Tells a person without an account what a feedback link is for, while it still takes answers. */
public interface ViewFeedbackLinkUseCase {

    FeedbackLinkView describe(String token);
}
