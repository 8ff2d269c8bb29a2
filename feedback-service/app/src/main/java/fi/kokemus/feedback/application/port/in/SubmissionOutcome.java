package fi.kokemus.feedback.application.port.in;

import fi.kokemus.feedback.domain.FeedbackAnswer;
import fi.kokemus.feedback.domain.FormDefinition.FieldError;
import java.util.List;
import java.util.Optional;

/** What became of a submitted answer. Nothing is stored unless it was {@link Recorded}. */
public sealed interface SubmissionOutcome {

    record Recorded(FeedbackLinkView link, FeedbackAnswer answer) implements SubmissionOutcome {
    }

    /** The values do not fit the form; the person can correct them. */
    record Refused(FeedbackLinkView link, List<FieldError> errors) implements SubmissionOutcome {
        public Refused {
            errors = List.copyOf(errors);
        }
    }

    /** No such link, or it takes no answers now ({@code link} says why). */
    record Unavailable(Optional<FeedbackLinkView> link) implements SubmissionOutcome {
    }
}
