package fi.kokemus.feedback.application.port.in;

import java.util.Map;

/**
 * @param token       the token of the link the answer was given through, as received
 * @param formVersion the form version the person was shown, if the form said
 * @param values      question key to the value as filled in
 */
public record SubmitFeedbackAnswerCommand(String token, Integer formVersion, Map<String, String> values) {

    public SubmitFeedbackAnswerCommand {
        values = Map.copyOf(values);
    }
}
