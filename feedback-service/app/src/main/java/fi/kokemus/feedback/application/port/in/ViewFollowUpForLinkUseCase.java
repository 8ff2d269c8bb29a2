package fi.kokemus.feedback.application.port.in;

import fi.kokemus.feedback.domain.FollowUpNote;
import java.util.Optional;

/** The unit's note on how feedback was used, for the people holding one of the task's links. */
public interface ViewFollowUpForLinkUseCase {

    /**
     * The note shown on the pages of the link with {@code token}: on the audience link always, on a personal
     * link once it has been answered; empty when there is no note or no such link.
     */
    Optional<FollowUpNote> forLink(String token);
}
