package fi.kokemus.feedback.domain;

import java.util.Optional;

/** A task after a change, and the opening event the change emits, if it opened any request. */
public record TaskChange(FeedbackTask task, Optional<RequestsOpened> opened) {
}
