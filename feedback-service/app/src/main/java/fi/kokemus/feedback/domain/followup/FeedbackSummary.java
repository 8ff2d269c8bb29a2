package fi.kokemus.feedback.domain.followup;

import fi.kokemus.feedback.domain.FeedbackAnswer;
import fi.kokemus.feedback.domain.FeedbackRequest;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.FormCatalogue;
import fi.kokemus.feedback.domain.FormDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import fi.kokemus.feedback.domain.Respondent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Feedback received in the period, per respondent type, in aggregate only: counts, and average
 * ratings where at least {@code anonymityMinimum} answers rated the question, so that no average
 * gives away what one person answered.
 */
public record FeedbackSummary(int anonymityMinimum, List<RespondentSummary> respondents) {

    /**
     * @param requests links handed out: one per task and respondent; a link closed by a cancellation
     *                 before anyone answered is not counted
     */
    public record RespondentSummary(Respondent respondent, int requests, int answers, List<Rating> ratings) {
    }

    /** @param average to two decimals, 1 to 5; null when fewer than the minimum answers rated the question */
    public record Rating(String question, int answers, BigDecimal average) {
    }

    public FeedbackSummary {
        if (anonymityMinimum < 1) {
            throw new IllegalArgumentException("anonymityMinimum must be positive");
        }
        respondents = List.copyOf(respondents);
    }

    public static FeedbackSummary of(Collection<FeedbackTask> tasks, int anonymityMinimum) {
        return new FeedbackSummary(anonymityMinimum, Arrays.stream(Respondent.values())
                .map(respondent -> summary(respondent, tasks.stream()
                        .flatMap(task -> task.request(respondent).stream())
                        .filter(request -> !request.closed() || !request.answers().isEmpty())
                        .toList(), anonymityMinimum))
                .toList());
    }

    private static RespondentSummary summary(Respondent respondent, List<FeedbackRequest> requests, int minimum) {
        List<FeedbackAnswer> answers = requests.stream().flatMap(request -> request.answers().stream()).toList();
        // The current form's questions in its order, then those only older versions asked.
        Map<String, List<Integer>> ratings = new LinkedHashMap<>();
        FormCatalogue.current(respondent).questions().stream()
                .filter(FormDefinition.Rating.class::isInstance)
                .forEach(question -> ratings.put(question.key(), new ArrayList<>()));
        Map<String, List<Integer>> older = new TreeMap<>();
        answers.forEach(answer -> answer.ratings().forEach((key, value) ->
                (ratings.containsKey(key) ? ratings : older).computeIfAbsent(key, any -> new ArrayList<>()).add(value)));
        ratings.putAll(older);
        return new RespondentSummary(respondent, requests.size(), answers.size(), ratings.entrySet().stream()
                .map(entry -> rating(entry.getKey(), entry.getValue(), minimum))
                .toList());
    }

    private static Rating rating(String question, List<Integer> values, int minimum) {
        BigDecimal average = values.size() < minimum ? null
                : BigDecimal.valueOf(values.stream().mapToLong(Integer::longValue).sum())
                        .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
        return new Rating(question, values.size(), average);
    }
}
