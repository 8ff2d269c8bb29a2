package fi.kokemus.feedback.domain;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Answers of a group of respondents shown only in aggregate, and only once there are enough of them that
 * no single answer can be traced to a person. Below the minimum the summary says nothing of what the answers
 * say (how many arrived is no secret: the task's requests show it). Free texts are shown screened and
 * without their other answers, in no particular answer's order.
 */
public sealed interface AnswerSummary permits AnswerSummary.Withheld, AnswerSummary.Shown {

    int DEFAULT_MINIMUM = 5;

    /** Fewer than {@code minimum} answers exist: "n < minimum, not shown". */
    record Withheld(int minimum) implements AnswerSummary {
    }

    record Shown(int count, Map<String, RatingSummary> ratings, List<String> texts) implements AnswerSummary {
        public Shown {
            ratings = Map.copyOf(ratings);
            texts = List.copyOf(texts);
        }
    }

    /** One rating question across answers: how many answered it, their mean and how many gave each value. */
    record RatingSummary(int answered, double mean, Map<Integer, Integer> distribution) {
        public RatingSummary {
            distribution = Map.copyOf(distribution);
        }
    }

    static AnswerSummary of(List<FeedbackAnswer> answers, int minimum) {
        if (minimum < 1) {
            throw new IllegalArgumentException("minimum must be at least 1");
        }
        if (answers.size() < minimum) {
            return new Withheld(minimum);
        }
        Map<String, RatingSummary> ratings = new TreeMap<>();
        answers.stream().flatMap(answer -> answer.ratings().keySet().stream()).distinct()
                .forEach(key -> ratings.put(key, ratingSummary(answers, key)));
        List<String> texts = answers.stream().flatMap(answer -> answer.texts().values().stream())
                .map(FreeTextScreen::screen).sorted().toList();
        return new Shown(answers.size(), ratings, texts);
    }

    private static RatingSummary ratingSummary(List<FeedbackAnswer> answers, String key) {
        List<Integer> values = answers.stream().map(answer -> answer.ratings().get(key)).filter(v -> v != null).toList();
        Map<Integer, Integer> distribution = new TreeMap<>();
        IntStream.rangeClosed(FormDefinition.MIN_RATING, FormDefinition.MAX_RATING)
                .forEach(rating -> distribution.put(rating, (int) values.stream().filter(v -> v == rating).count()));
        double mean = values.stream().mapToInt(Integer::intValue).average().orElse(0);
        return new RatingSummary(values.size(), mean, distribution);
    }
}
