package fi.kokemus.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.feedback.fakes.SampleWork;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedbackReaderTest {

    private static final SessionWork WORK = SampleWork.lecture("order-1", "a-1");

    @Test
    void theTasksExpertTheUnitsOrdererAndTheCountysCoordinatorRead() {
        assertThat(FeedbackReader.of(actor(SampleWork.EXPERT_USERNAME, Role.EXPERT, null, "ngo-keski"), WORK))
                .contains(FeedbackReader.EXPERT);
        assertThat(FeedbackReader.of(actor("orderer.soite", Role.ORDERER, SampleWork.COUNTY, SampleWork.UNIT), WORK))
                .contains(FeedbackReader.UNIT_ORDERER);
        assertThat(FeedbackReader.of(actor("coordinator.soite", Role.COORDINATOR, SampleWork.COUNTY, null), WORK))
                .contains(FeedbackReader.COUNTY_COORDINATOR);
    }

    @Test
    void nobodyElseReadsNotEvenAnAdmin() {
        assertThat(FeedbackReader.of(actor("expert.itu", Role.EXPERT, SampleWork.COUNTY, "ngo-keski"), WORK)).isEmpty();
        assertThat(FeedbackReader.of(actor("orderer.soite2", Role.ORDERER, SampleWork.COUNTY, "soite-child-unit"), WORK))
                .isEmpty();
        assertThat(FeedbackReader.of(actor("orderer.itu", Role.ORDERER, "ita-uusimaa", SampleWork.UNIT), WORK)).isEmpty();
        assertThat(FeedbackReader.of(actor("coordinator.itu", Role.COORDINATOR, "ita-uusimaa", null), WORK)).isEmpty();
        assertThat(FeedbackReader.of(actor("finance.soite", Role.FINANCE, SampleWork.COUNTY, null), WORK)).isEmpty();
        assertThat(FeedbackReader.of(actor("ngo.soite", Role.NGO_PARTNER, SampleWork.COUNTY, "ngo-keski"), WORK)).isEmpty();
        assertThat(FeedbackReader.of(actor("admin", Role.ADMIN, null, null), WORK)).isEmpty();
        assertThat(FeedbackReader.of(actor(SampleWork.EXPERT_USERNAME, Role.NGO_PARTNER, SampleWork.COUNTY, null), WORK))
                .as("the expert's username without the expert role").isEmpty();
    }

    @Test
    void thePublicIsReadInAggregateOnlyAndTheOrdererAsGiven() {
        for (FeedbackReader reader : FeedbackReader.values()) {
            assertThat(reader.disclosureOf(Respondent.LISTENER)).isEqualTo(Disclosure.AGGREGATE_FROM_MINIMUM);
            assertThat(reader.disclosureOf(Respondent.CLIENT)).isEqualTo(Disclosure.AGGREGATE_FROM_MINIMUM);
            assertThat(reader.disclosureOf(Respondent.ORDERER)).isEqualTo(Disclosure.AS_GIVEN);
        }
    }

    @Test
    void theSelfAssessmentIsForTheExpertAndTheCoordinatorNotTheUnit() {
        assertThat(Map.of(
                FeedbackReader.EXPERT, FeedbackReader.EXPERT.disclosureOf(Respondent.SELF_ASSESSMENT),
                FeedbackReader.COUNTY_COORDINATOR, FeedbackReader.COUNTY_COORDINATOR.disclosureOf(Respondent.SELF_ASSESSMENT),
                FeedbackReader.UNIT_ORDERER, FeedbackReader.UNIT_ORDERER.disclosureOf(Respondent.SELF_ASSESSMENT)))
                .isEqualTo(Map.of(FeedbackReader.EXPERT, Disclosure.AS_GIVEN,
                        FeedbackReader.COUNTY_COORDINATOR, Disclosure.AS_GIVEN,
                        FeedbackReader.UNIT_ORDERER, Disclosure.COUNT_ONLY));
    }

    @Test
    void theUnitAndTheCoordinatorRecordTheFollowUpTheExpertDoesNot() {
        assertThat(FeedbackReader.UNIT_ORDERER.recordsFollowUp()).isTrue();
        assertThat(FeedbackReader.COUNTY_COORDINATOR.recordsFollowUp()).isTrue();
        assertThat(FeedbackReader.EXPERT.recordsFollowUp()).isFalse();
    }

    private static Actor actor(String username, Role role, String county, String organisation) {
        return new Actor("sub-" + username, username, Set.of(role), county, organisation);
    }
}
