package fi.kokemus.feedback.application.port.in;

import fi.kokemus.feedback.domain.FollowUpNote;
import fi.kokemus.feedback.domain.TaskFeedback;
import java.util.Optional;

/** A task's feedback as the reader may see it, with the unit's note on how it was used, if written. */
public record TaskFeedbackView(TaskFeedback feedback, Optional<FollowUpNote> followUp) {
}
