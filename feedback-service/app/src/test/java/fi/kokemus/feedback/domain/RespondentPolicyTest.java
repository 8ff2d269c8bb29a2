package fi.kokemus.feedback.domain;

import static fi.kokemus.feedback.domain.Respondent.CLIENT;
import static fi.kokemus.feedback.domain.Respondent.LISTENER;
import static fi.kokemus.feedback.domain.Respondent.ORDERER;
import static fi.kokemus.feedback.domain.Respondent.SELF_ASSESSMENT;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.feedback.fakes.SampleWork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RespondentPolicyTest {

    @ParameterizedTest(name = "{0} for {1}")
    @CsvSource({
        "LECTURE_REGIONAL, PROFESSIONALS",
        "LECTURE_NATIONAL, PUBLIC",
        "DEVELOPMENT_GROUP, PROFESSIONALS",
        "GROUP_CO_LEADING, CLIENTS",
        "STORY_TELLING, CLIENTS",
    })
    void tasksWithAnAudienceAskTheListenersTheOrdererAndTheExpert(String taskType, String audience) {
        assertThat(RespondentPolicy.respondentsFor(SampleWork.work("order-1", "a-1", taskType, audience)))
                .containsExactly(LISTENER, ORDERER, SELF_ASSESSMENT);
    }

    @ParameterizedTest(name = "CLIENT_SUPPORT for {0}")
    @CsvSource({"CLIENTS", "''"})
    void oneToOneClientWorkAsksTheClientInsteadOfAnAudience(String audience) {
        assertThat(RespondentPolicy.respondentsFor(SampleWork.work("order-1", "a-1", "CLIENT_SUPPORT", audience)))
                .containsExactly(ORDERER, CLIENT, SELF_ASSESSMENT);
    }
}
