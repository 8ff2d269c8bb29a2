package fi.kokemus.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedbackAnswerTest {

    private static final Instant NOW = Instant.parse("2026-03-11T08:00:00Z");

    @ParameterizedTest
    @ValueSource(ints = {1, 5})
    void acceptsRatingsFromOneToFive(int rating) {
        assertThat(new FeedbackAnswer(rating, "", NOW).rating()).isEqualTo(rating);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void refusesOtherRatings(int rating) {
        assertThatThrownBy(() -> new FeedbackAnswer(rating, "", NOW))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.INVALID);
                    assertThat(problem.field()).isEqualTo("rating");
                });
    }

    @Test
    void keepsACommentOfTheMaximumLengthVerbatim() {
        String comment = "<b>" + "x".repeat(FeedbackAnswer.MAX_COMMENT_LENGTH - 3);

        assertThat(new FeedbackAnswer(3, comment, NOW).comment()).isEqualTo(comment);
    }

    @Test
    void refusesALongerComment() {
        assertThatThrownBy(() -> new FeedbackAnswer(3, "x".repeat(FeedbackAnswer.MAX_COMMENT_LENGTH + 1), NOW))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.field()).isEqualTo("comment"));
    }

    @Test
    void aMissingCommentIsEmpty() {
        assertThat(new FeedbackAnswer(3, null, NOW).comment()).isEmpty();
    }
}
