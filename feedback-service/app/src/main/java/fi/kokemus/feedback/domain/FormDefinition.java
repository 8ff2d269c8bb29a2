package fi.kokemus.feedback.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One version of a feedback form. A published version never changes: a new wording or question is a
 * new version, and every answer names the version it answers.
 */
public record FormDefinition(String id, int version, List<Question> questions) {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;

    public FormDefinition {
        questions = List.copyOf(questions);
    }

    /** A question of the form; its key names its wording in each language. */
    public sealed interface Question permits Rating, Text {
        String key();
    }

    /** A rating from {@value #MIN_RATING} to {@value #MAX_RATING}. */
    public record Rating(String key, boolean required) implements Question {
    }

    /** Free text of at most {@code maxLength} characters; may be left empty. */
    public record Text(String key, int maxLength) implements Question {
    }

    /** Why a field's value was refused. */
    public enum Problem { REQUIRED, NOT_A_RATING, TOO_LONG }

    public record FieldError(String key, Problem problem) {
    }

    /** The outcome of checking what a person filled in. */
    public sealed interface Check permits Accepted, Refused {
    }

    public record Accepted(FeedbackAnswer answer) implements Check {
    }

    public record Refused(List<FieldError> errors) implements Check {
        public Refused {
            errors = List.copyOf(errors);
        }
    }

    /**
     * Checks the filled-in values (question key to raw text, as a form sends them) against this version.
     * Keys the form does not have are ignored.
     */
    public Check check(Map<String, String> values, Instant receivedAt) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Question question : questions) {
            String raw = values.getOrDefault(question.key(), "");
            if (question instanceof Rating rating) {
                checkRating(rating, raw.strip(), ratings, errors);
            } else if (question instanceof Text text) {
                checkText(text, raw, texts, errors);
            }
        }
        return errors.isEmpty()
                ? new Accepted(new FeedbackAnswer(id, version, ratings, texts, receivedAt))
                : new Refused(errors);
    }

    private static void checkRating(Rating question, String raw, Map<String, Integer> ratings, List<FieldError> errors) {
        if (raw.isEmpty()) {
            if (question.required()) {
                errors.add(new FieldError(question.key(), Problem.REQUIRED));
            }
            return;
        }
        Integer value = raw.matches("[1-5]") ? Integer.valueOf(raw) : null;
        if (value == null) {
            errors.add(new FieldError(question.key(), Problem.NOT_A_RATING));
        } else {
            ratings.put(question.key(), value);
        }
    }

    private static void checkText(Text question, String raw, Map<String, String> texts, List<FieldError> errors) {
        if (raw.codePointCount(0, raw.length()) > question.maxLength()) {
            errors.add(new FieldError(question.key(), Problem.TOO_LONG));
        } else if (!raw.isBlank()) {
            texts.put(question.key(), raw);
        }
    }
}
