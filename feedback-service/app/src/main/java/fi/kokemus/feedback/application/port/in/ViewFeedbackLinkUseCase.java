package fi.kokemus.feedback.application.port.in;

import java.util.Optional;

/** Tells a person without an account what a feedback link is for and whether it takes answers. */
public interface ViewFeedbackLinkUseCase {

    /** @return empty when there is no such link (malformed tokens included) */
    Optional<FeedbackLinkView> describe(String token);
}
