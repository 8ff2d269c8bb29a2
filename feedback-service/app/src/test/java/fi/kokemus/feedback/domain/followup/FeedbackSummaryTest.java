package fi.kokemus.feedback.domain.followup;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.feedback.domain.FeedbackAnswer;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.SessionWork;
import fi.kokemus.feedback.domain.TokenHash;
import fi.kokemus.feedback.fakes.SampleWork;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedbackSummaryTest {

    @Test
    void showsAnAverageFromTheMinimumNumberOfAnswersOn() {
        FeedbackTask lecture = listened(SampleWork.lecture("o-1", "a-1"), 4, 5);

        assertThat(listeners(FeedbackSummary.of(List.of(lecture), 2)).ratings())
                .contains(new FeedbackSummary.Rating("overall", 2, new BigDecimal("4.50")));
        assertThat(listeners(FeedbackSummary.of(List.of(lecture), 3)).ratings())
                .contains(new FeedbackSummary.Rating("overall", 2, null));
    }

    @Test
    void aLinkClosedBeforeAnyAnswerIsNoRequestButAnsweredOnesStay() {
        FeedbackTask cancelledEmpty = listened(SampleWork.lecture("o-1", "a-1")).cancelled();
        FeedbackTask cancelledAnswered = listened(SampleWork.lecture("o-2", "a-2"), 3).cancelled();

        FeedbackSummary.RespondentSummary listeners = listeners(FeedbackSummary.of(
                List.of(cancelledEmpty, cancelledAnswered), 1));

        assertThat(listeners.requests()).isEqualTo(1);
        assertThat(listeners.answers()).isEqualTo(1);
    }

    private static FeedbackSummary.RespondentSummary listeners(FeedbackSummary summary) {
        return summary.respondents().stream().filter(row -> row.respondent() == Respondent.LISTENER).findFirst()
                .orElseThrow();
    }

    private static FeedbackTask listened(SessionWork work, int... overall) {
        FeedbackTask task = FeedbackTask.confirmed(work, SampleWork.STARTS_AT, Duration.ofDays(14),
                SampleWork.linkKeys()::issue).task();
        TokenHash link = task.request(Respondent.LISTENER).orElseThrow().tokenHash();
        for (int rating : overall) {
            task = task.answer(link, new FeedbackAnswer("listener", 1, Map.of("overall", rating), Map.of(),
                    SampleWork.STARTS_AT.plus(Duration.ofHours(1))));
        }
        return task;
    }
}
