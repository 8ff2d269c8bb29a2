package fi.kokemus.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.feedback.application.port.out.LinkKeys;
import fi.kokemus.feedback.fakes.SampleWork;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What an answer tells others: that it arrived, and the respondent type's aggregate when it may be told. */
class AnswerRecordedTest {

    private static final Instant HELD_AT = SampleWork.STARTS_AT.plus(Duration.ofHours(2));

    private final LinkKeys keys = SampleWork.linkKeys();
    private FeedbackTask task = FeedbackTask.confirmed(SampleWork.lecture("order-1", "a-1"), HELD_AT,
                    Duration.ofDays(14), keys::issue).task()
            .afterSession(SessionOutcomeKind.HELD, HELD_AT, Duration.ofDays(30), keys::issue).task();

    @Test
    void aPersonalAnswerIsToldWithItsRatingsAndItsOwnSummary() {
        AnswerRecorded recorded = answer(Respondent.ORDERER, new FeedbackAnswer("orderer", 1,
                Map.of("overall", 4, "goals-met", 5, "cooperation", 3), Map.of("comment", "Aino Testinen"), HELD_AT));

        assertThat(recorded.requestId()).isEqualTo("task-a-1--s-1/ORDERER");
        assertThat(recorded.ratingsToPublish()).isEqualTo(Map.of("overall", 4, "goals-met", 5, "cooperation", 3));
        assertThat(recorded.summary()).contains(new RespondentSummary(Respondent.ORDERER, 1, Map.of(
                "overall", new RespondentSummary.RatingAverage(1, 4.0),
                "goals-met", new RespondentSummary.RatingAverage(1, 5.0),
                "cooperation", new RespondentSummary.RatingAverage(1, 3.0))));
        assertThat(recorded.task().request(Respondent.ORDERER).orElseThrow().answers())
                .containsExactly(recorded.answer());
    }

    @Test
    void theAudienceIsToldOnlyInAggregateAndOnlyFromTheMinimum() {
        int[] overall = {5, 4, 4, 2, 5};
        for (int i = 0; i < AnswerSummary.DEFAULT_MINIMUM - 1; i++) {
            AnswerRecorded recorded = answer(Respondent.LISTENER, listener(overall[i], i % 2 == 0 ? 3 : null));
            assertThat(recorded.ratingsToPublish()).isEmpty();
            assertThat(recorded.summary()).isEmpty();
        }

        AnswerRecorded fifth = answer(Respondent.LISTENER, listener(overall[4], null));

        assertThat(fifth.ratingsToPublish()).isEmpty();
        assertThat(fifth.summary()).contains(new RespondentSummary(Respondent.LISTENER, 5, Map.of(
                "overall", new RespondentSummary.RatingAverage(5, 4.0),
                "useful", new RespondentSummary.RatingAverage(2, 3.0))));
    }

    @Test
    void aSelfAssessmentIsToldOnlyAsACountAsTheUnitSeesIt() {
        AnswerRecorded recorded = answer(Respondent.SELF_ASSESSMENT, new FeedbackAnswer("self-assessment", 1,
                Map.of("overall", 2, "preparation", 3), Map.of("to-improve", "Jännitin"), HELD_AT));

        assertThat(recorded.ratingsToPublish()).isEmpty();
        assertThat(recorded.summary()).contains(new RespondentSummary(Respondent.SELF_ASSESSMENT, 1, Map.of()));
    }

    @Test
    void averagesAreRoundedToTwoDecimals() {
        for (int overall : new int[] {5, 4, 4, 4, 4, 4}) {
            answer(Respondent.LISTENER, listener(overall, null));
        }
        AnswerRecorded seventh = answer(Respondent.LISTENER, listener(4, null));

        assertThat(seventh.summary().map(summary -> summary.ratings().get("overall")))
                .contains(new RespondentSummary.RatingAverage(7, 4.14));
    }

    private AnswerRecorded answer(Respondent respondent, FeedbackAnswer answer) {
        AnswerRecorded recorded = task.answered(task.request(respondent).orElseThrow().tokenHash(), answer,
                AnswerSummary.DEFAULT_MINIMUM);
        task = recorded.task();
        return recorded;
    }

    private static FeedbackAnswer listener(int overall, Integer useful) {
        Map<String, Integer> ratings = Optional.ofNullable(useful)
                .map(value -> Map.of("overall", overall, "useful", value)).orElse(Map.of("overall", overall));
        return new FeedbackAnswer("listener", 1, ratings, Map.of("comment", "Kiitos"), HELD_AT);
    }
}
