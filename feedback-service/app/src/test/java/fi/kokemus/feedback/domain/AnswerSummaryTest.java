package fi.kokemus.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AnswerSummaryTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void withholdsEverythingBelowTheMinimumWithoutRevealingTheCount() {
        List<FeedbackAnswer> four = Stream.of(5, 4, 3, 5).map(r -> answer(r, Map.of())).toList();

        assertThat(AnswerSummary.of(four, 5)).isEqualTo(new AnswerSummary.Withheld(5));
    }

    @Test
    void showsCountMeanAndDistributionOnceTheMinimumIsMet() {
        List<FeedbackAnswer> five = Stream.of(5, 4, 4, 2, 5).map(r -> answer(r, Map.of())).toList();

        AnswerSummary.Shown shown = (AnswerSummary.Shown) AnswerSummary.of(five, 5);

        assertThat(shown.count()).isEqualTo(5);
        AnswerSummary.RatingSummary overall = shown.ratings().get("overall");
        assertThat(overall.answered()).isEqualTo(5);
        assertThat(overall.mean()).isEqualTo(4.0);
        assertThat(overall.distribution()).containsExactlyInAnyOrderEntriesOf(Map.of(1, 0, 2, 1, 3, 0, 4, 2, 5, 2));
    }

    @Test
    void countsOnlyTheAnswersThatRatedAQuestion() {
        List<FeedbackAnswer> answers = List.of(answer(5, Map.of()), answer(3, Map.of()),
                new FeedbackAnswer("listener", 1, Map.of(), Map.of(), AT));

        AnswerSummary.Shown shown = (AnswerSummary.Shown) AnswerSummary.of(answers, 3);

        assertThat(shown.count()).isEqualTo(3);
        assertThat(shown.ratings().get("overall").answered()).isEqualTo(2);
        assertThat(shown.ratings().get("overall").mean()).isEqualTo(4.0);
    }

    @Test
    void showsFreeTextsOnlyScreenedAndOnlyAboveTheMinimum() {
        List<FeedbackAnswer> answers = List.of(answer(5, Map.of("comment", "Soita 040 123 4567")),
                answer(4, Map.of("comment", "Hyvä")));

        assertThat(AnswerSummary.of(answers, 3)).isEqualTo(new AnswerSummary.Withheld(3));
        assertThat(((AnswerSummary.Shown) AnswerSummary.of(answers, 2)).texts())
                .containsExactly("Hyvä", "Soita " + FreeTextScreen.PHONE);
    }

    @Test
    void refusesAMinimumBelowOne() {
        assertThatThrownBy(() -> AnswerSummary.of(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static FeedbackAnswer answer(int overall, Map<String, String> texts) {
        return new FeedbackAnswer("listener", 1, Map.of("overall", overall), texts, AT);
    }
}
