package fi.kokemus.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.feedback.domain.FormDefinition.Accepted;
import fi.kokemus.feedback.domain.FormDefinition.FieldError;
import fi.kokemus.feedback.domain.FormDefinition.Problem;
import fi.kokemus.feedback.domain.FormDefinition.Refused;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormDefinitionTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final FormDefinition ORDERER = FormCatalogue.current(Respondent.ORDERER);

    @Test
    void anAcceptedAnswerKeepsTheFormVersionTheRatingsAndTheTextAsWritten() {
        String script = "<script>alert('x')</script> kiitos & näkemiin";

        var check = ORDERER.check(Map.of("overall", "5", "goals-met", " 4 ", "cooperation", "3", "comment", script,
                "unknown", "ignored"), NOW);

        assertThat(check).isEqualTo(new Accepted(new FeedbackAnswer("orderer", 1,
                Map.of("overall", 5, "goals-met", 4, "cooperation", 3), Map.of("comment", script), NOW)));
    }

    @Test
    void missingRequiredRatingsRatingsOutOfRangeAndOverlongTextAreRefused() {
        var check = ORDERER.check(Map.of("goals-met", "6", "cooperation", "<b>",
                "comment", "x".repeat(FormCatalogue.TEXT_LIMIT + 1)), NOW);

        assertThat(check).isEqualTo(new Refused(List.of(
                new FieldError("overall", Problem.REQUIRED),
                new FieldError("goals-met", Problem.NOT_A_RATING),
                new FieldError("cooperation", Problem.NOT_A_RATING),
                new FieldError("comment", Problem.TOO_LONG))));
    }

    @Test
    void optionalQuestionsMayBeLeftEmptyAndTextIsCountedInCharactersNotBytes() {
        FormDefinition listener = FormCatalogue.current(Respondent.LISTENER);

        var check = listener.check(Map.of("overall", "2", "comment", "ä".repeat(FormCatalogue.TEXT_LIMIT)), NOW);

        assertThat(check).isInstanceOfSatisfying(Accepted.class, accepted -> {
            assertThat(accepted.answer().ratings()).containsOnlyKeys("overall");
            assertThat(accepted.answer().texts().get("comment")).hasSize(FormCatalogue.TEXT_LIMIT);
        });
    }

    @Test
    void everyRespondentHasAFormAndOldVersionsStayFindable() {
        for (Respondent respondent : Respondent.values()) {
            FormDefinition current = FormCatalogue.current(respondent);
            assertThat(FormCatalogue.find(respondent, current.version())).contains(current);
            assertThat(current.questions()).anySatisfy(question ->
                    assertThat(question).isInstanceOf(FormDefinition.Rating.class));
        }
        assertThat(FormCatalogue.find(Respondent.LISTENER, 99)).isEmpty();
    }
}
