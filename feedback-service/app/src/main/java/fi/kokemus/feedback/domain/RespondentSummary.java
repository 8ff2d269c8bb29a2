package fi.kokemus.feedback.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ratings of one respondent type's answers on a task, in aggregate: how many answers, and per
 * question how many rated it and their average. Free text never enters it.
 */
public record RespondentSummary(Respondent respondent, int answers, Map<String, RatingAverage> ratings) {

    public RespondentSummary {
        Objects.requireNonNull(respondent, "respondent");
        ratings = Map.copyOf(ratings);
    }

    /** One rating question: how many answers rated it and their average, rounded to two decimals. */
    public record RatingAverage(int answered, double average) {
    }

    /**
     * The summary of the request's answers as {@link FeedbackReader#EVENT_CONSUMER} may see it: none for an
     * aggregate-only group below the minimum (a member's answer could be read from how the aggregate changed),
     * the count without ratings for a group shown by count only.
     */
    public static Optional<RespondentSummary> of(FeedbackRequest request, int anonymityMinimum) {
        List<FeedbackAnswer> answers = request.answers();
        Disclosure disclosure = FeedbackReader.EVENT_CONSUMER.disclosureOf(request.respondent());
        if (disclosure == Disclosure.AGGREGATE_FROM_MINIMUM && answers.size() < anonymityMinimum) {
            return Optional.empty();
        }
        Map<String, RatingAverage> ratings = new TreeMap<>();
        if (disclosure != Disclosure.COUNT_ONLY) {
            answers.stream().flatMap(answer -> answer.ratings().keySet().stream()).distinct()
                    .forEach(key -> ratings.put(key, average(answers, key)));
        }
        return Optional.of(new RespondentSummary(request.respondent(), answers.size(), ratings));
    }

    private static RatingAverage average(List<FeedbackAnswer> answers, String key) {
        List<Integer> values = answers.stream().map(answer -> answer.ratings().get(key)).filter(Objects::nonNull)
                .toList();
        double mean = values.stream().mapToInt(Integer::intValue).average().orElseThrow();
        return new RatingAverage(values.size(), Math.round(mean * 100) / 100.0);
    }
}
