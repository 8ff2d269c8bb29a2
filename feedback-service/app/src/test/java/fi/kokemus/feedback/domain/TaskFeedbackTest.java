package fi.kokemus.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.feedback.application.port.out.LinkKeys;
import fi.kokemus.feedback.domain.RespondentFeedback.FormAnswers;
import fi.kokemus.feedback.fakes.SampleWork;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TaskFeedbackTest {

    private static final Instant AT = SampleWork.STARTS_AT.plus(Duration.ofHours(2));
    private static final int MINIMUM = 5;

    @Test
    void anAudienceBelowTheMinimumIsCountedButWithheld() {
        RespondentFeedback feedback = RespondentFeedback.of(Respondent.LISTENER, listeners(4),
                Disclosure.AGGREGATE_FROM_MINIMUM, MINIMUM);

        assertThat(feedback.answers()).isEqualTo(4);
        assertThat(feedback.forms()).containsExactly(new FormAnswers("listener", 1, new AnswerSummary.Withheld(MINIMUM)));
    }

    @Test
    void anAudienceAtTheMinimumIsShownInAggregateWithScreenedText() {
        RespondentFeedback feedback = RespondentFeedback.of(Respondent.LISTENER, listeners(5),
                Disclosure.AGGREGATE_FROM_MINIMUM, MINIMUM);

        assertThat(feedback.forms()).singleElement().satisfies(form -> {
            AnswerSummary.Shown shown = (AnswerSummary.Shown) form.summary();
            assertThat(shown.count()).isEqualTo(5);
            assertThat(shown.ratings().get("overall").mean()).isEqualTo(3.0);
            assertThat(shown.texts()).hasSize(5).allSatisfy(text ->
                    assertThat(text).contains(FreeTextScreen.PHONE).doesNotContain("040 123 4567"));
        });
    }

    @Test
    void formVersionsAreSummarisedApartAndEachMustReachTheMinimum() {
        List<FeedbackAnswer> answers = new ArrayList<>(listeners(5));
        answers.add(new FeedbackAnswer("listener", 2, Map.of("overall", 5), Map.of(), AT));

        RespondentFeedback feedback = RespondentFeedback.of(Respondent.LISTENER, answers,
                Disclosure.AGGREGATE_FROM_MINIMUM, MINIMUM);

        assertThat(feedback.answers()).isEqualTo(6);
        assertThat(feedback.forms()).extracting(FormAnswers::formVersion).containsExactly(1, 2);
        assertThat(feedback.forms().get(0).summary()).isInstanceOf(AnswerSummary.Shown.class);
        assertThat(feedback.forms().get(1).summary()).isEqualTo(new AnswerSummary.Withheld(MINIMUM));
    }

    @Test
    void anAnswerGivenInAWorkingRoleIsShownAsGivenWithItsTextScreened() {
        FeedbackAnswer orderer = new FeedbackAnswer("orderer", 1, Map.of("overall", 4, "goals-met", 5, "cooperation", 3),
                Map.of("comment", "Soita 050-123 4567 tai aino.testinen@example.org"), AT);

        RespondentFeedback feedback = RespondentFeedback.of(Respondent.ORDERER, List.of(orderer), Disclosure.AS_GIVEN,
                MINIMUM);

        AnswerSummary.Shown shown = (AnswerSummary.Shown) feedback.forms().get(0).summary();
        assertThat(shown.ratings().get("goals-met").mean()).isEqualTo(5.0);
        assertThat(shown.texts()).containsExactly("Soita " + FreeTextScreen.PHONE + " tai " + FreeTextScreen.EMAIL);
    }

    @Test
    void countOnlyShowsNothingOfWhatTheAnswersSay() {
        FeedbackAnswer self = new FeedbackAnswer("self-assessment", 1, Map.of("overall", 2, "preparation", 2),
                Map.of("to-improve", "Jännitti"), AT);

        RespondentFeedback feedback = RespondentFeedback.of(Respondent.SELF_ASSESSMENT, List.of(self),
                Disclosure.COUNT_ONLY, MINIMUM);

        assertThat(feedback).isEqualTo(new RespondentFeedback(Respondent.SELF_ASSESSMENT, 1, Disclosure.COUNT_ONLY,
                List.of()));
    }

    @Test
    void aTaskShowsEachRespondentAskedAsTheReadersDisclosureAllows() {
        LinkKeys links = SampleWork.linkKeys();
        FeedbackTask task = FeedbackTask.confirmed(SampleWork.lecture("order-1", "a-1"), AT, Duration.ofDays(14),
                links::issue).task().afterSession(SessionOutcomeKind.HELD, AT, Duration.ofDays(30), links::issue).task();
        FeedbackTask answered = task.answer(task.request(Respondent.SELF_ASSESSMENT).orElseThrow().tokenHash(),
                new FeedbackAnswer("self-assessment", 1, Map.of("overall", 4, "preparation", 3), Map.of(), AT));

        TaskFeedback forUnit = TaskFeedback.of(answered, FeedbackReader.UNIT_ORDERER, MINIMUM);
        TaskFeedback forExpert = TaskFeedback.of(answered, FeedbackReader.EXPERT, MINIMUM);

        assertThat(forUnit.respondents()).extracting(RespondentFeedback::respondent)
                .containsExactly(Respondent.LISTENER, Respondent.ORDERER, Respondent.SELF_ASSESSMENT);
        assertThat(forUnit.respondents().get(2)).isEqualTo(new RespondentFeedback(Respondent.SELF_ASSESSMENT, 1,
                Disclosure.COUNT_ONLY, List.of()));
        assertThat(forExpert.respondents().get(2).forms()).singleElement()
                .satisfies(form -> assertThat(form.summary()).isInstanceOf(AnswerSummary.Shown.class));
        assertThat(forExpert.reader()).isEqualTo(FeedbackReader.EXPERT);
    }

    private static List<FeedbackAnswer> listeners(int count) {
        return IntStream.range(0, count).mapToObj(i -> new FeedbackAnswer("listener", 1, Map.of("overall", 1 + i % 5),
                Map.of("comment", "Hyvä, soita 040 123 4567"), AT)).toList();
    }
}
