package fi.kokemus.feedback.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One answer given through a feedback link, with the form version it answers so that it stays
 * interpretable when the form changes. Free text is kept exactly as written; whoever shows it
 * escapes it for their medium.
 *
 * @param ratings answered rating questions by key, each 1 (poor) to 5 (excellent)
 * @param texts   answered free-text questions by key; unanswered ones are left out
 */
public record FeedbackAnswer(String formId, int formVersion, Map<String, Integer> ratings, Map<String, String> texts,
        Instant receivedAt) {

    public FeedbackAnswer {
        Objects.requireNonNull(formId, "formId");
        ratings = Map.copyOf(new TreeMap<>(ratings));
        texts = Map.copyOf(new TreeMap<>(texts));
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
