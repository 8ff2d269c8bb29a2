package fi.kokemus.feedback.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a reader sees of one respondent group's answers: how many arrived and, as far as the reader's
 * {@link Disclosure} allows, a summary per form version (answers to different versions are never mixed,
 * since a question key may mean something else in another version).
 */
public record RespondentFeedback(Respondent respondent, int answers, Disclosure disclosure, List<FormAnswers> forms) {

    /** One form version's answers; its summary is withheld when the group is below its minimum. */
    public record FormAnswers(String formId, int formVersion, AnswerSummary summary) {
    }

    public RespondentFeedback {
        forms = List.copyOf(forms);
    }

    public static RespondentFeedback of(Respondent respondent, List<FeedbackAnswer> answers, Disclosure disclosure,
            int anonymityMinimum) {
        List<FormAnswers> forms = switch (disclosure) {
            case AS_GIVEN -> byFormVersion(answers, 1);
            case AGGREGATE_FROM_MINIMUM -> byFormVersion(answers, anonymityMinimum);
            case COUNT_ONLY -> List.of();
        };
        return new RespondentFeedback(respondent, answers.size(), disclosure, forms);
    }

    private record FormVersion(String formId, int version) {
    }

    private static List<FormAnswers> byFormVersion(List<FeedbackAnswer> answers, int minimum) {
        Map<FormVersion, List<FeedbackAnswer>> groups = answers.stream().collect(Collectors.groupingBy(
                answer -> new FormVersion(answer.formId(), answer.formVersion()),
                () -> new TreeMap<>(Comparator.comparing(FormVersion::formId).thenComparingInt(FormVersion::version)),
                Collectors.toList()));
        return groups.entrySet().stream().map(group -> new FormAnswers(group.getKey().formId(),
                group.getKey().version(), AnswerSummary.of(group.getValue(), minimum))).toList();
    }
}
