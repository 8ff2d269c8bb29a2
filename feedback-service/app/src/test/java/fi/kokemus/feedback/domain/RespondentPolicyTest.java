package fi.kokemus.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.feedback.fakes.SampleWork;
import org.junit.jupiter.api.Test;

class RespondentPolicyTest {

    private static final SessionWork LECTURE = SampleWork.lecture("order-1", "a-1");
    private static final SessionWork CLIENT_WORK = SampleWork.work("order-1", "a-1", "s-1", true);

    @Test
    void anAudienceIsAskedFromTheConfirmationUnlessTheWorkIsOneToOne() {
        assertThat(RespondentPolicy.atConfirmation(LECTURE)).containsExactly(Respondent.LISTENER);
        assertThat(RespondentPolicy.atConfirmation(CLIENT_WORK)).isEmpty();
    }

    @Test
    void afterAHeldSessionTheOrdererAndTheExpertAreAskedAndTheClientOfOneToOneWork() {
        assertThat(RespondentPolicy.afterSession(LECTURE, SessionOutcomeKind.HELD))
                .containsExactlyInAnyOrder(Respondent.ORDERER, Respondent.SELF_ASSESSMENT);
        assertThat(RespondentPolicy.afterSession(CLIENT_WORK, SessionOutcomeKind.HELD))
                .containsExactlyInAnyOrder(Respondent.ORDERER, Respondent.SELF_ASSESSMENT, Respondent.CLIENT);
    }

    @Test
    void aSessionNobodyCameToAsksNoClientAndAClientNoShowOnlyTheOrderer() {
        assertThat(RespondentPolicy.afterSession(LECTURE, SessionOutcomeKind.NO_PARTICIPANTS))
                .containsExactlyInAnyOrder(Respondent.ORDERER, Respondent.SELF_ASSESSMENT);
        assertThat(RespondentPolicy.afterSession(CLIENT_WORK, SessionOutcomeKind.CLIENT_NO_SHOW))
                .containsExactly(Respondent.ORDERER);
    }
}
