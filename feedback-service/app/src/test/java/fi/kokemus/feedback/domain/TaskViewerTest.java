package fi.kokemus.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.feedback.fakes.SampleWork;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskViewerTest {

    private static final SessionWork WORK = SampleWork.lecture("order-1", "a-1");

    @Test
    void theOrdererOfTheUnitSeesTheLinksTheUnitHandsOut() {
        TaskViewer viewer = TaskViewer.of(actor("orderer.soite", Role.ORDERER, SampleWork.COUNTY, SampleWork.UNIT), WORK)
                .orElseThrow();

        assertThat(viewer).isEqualTo(TaskViewer.UNIT_ORDERER);
        assertThat(Set.of(Respondent.values())).filteredOn(viewer::seesLinkOf)
                .containsExactlyInAnyOrder(Respondent.ORDERER, Respondent.LISTENER, Respondent.CLIENT);
    }

    @Test
    void theExpertSeesTheSelfAssessmentAndListenerLinks() {
        TaskViewer viewer = TaskViewer.of(actor(SampleWork.EXPERT_USERNAME, Role.EXPERT, null, "ngo-keski"), WORK)
                .orElseThrow();

        assertThat(viewer).isEqualTo(TaskViewer.EXPERT);
        assertThat(Set.of(Respondent.values())).filteredOn(viewer::seesLinkOf)
                .containsExactlyInAnyOrder(Respondent.SELF_ASSESSMENT, Respondent.LISTENER);
    }

    @Test
    void theCoordinatorOfTheCountySeesNoLinks() {
        TaskViewer viewer = TaskViewer.of(actor("coordinator.soite", Role.COORDINATOR, SampleWork.COUNTY, null), WORK)
                .orElseThrow();

        assertThat(viewer).isEqualTo(TaskViewer.OVERSEER);
        assertThat(Set.of(Respondent.values())).noneMatch(viewer::seesLinkOf);
    }

    @Test
    void othersSeeNothing() {
        assertThat(TaskViewer.of(actor("orderer.soite2", Role.ORDERER, SampleWork.COUNTY, "soite-child-unit"), WORK)).isEmpty();
        assertThat(TaskViewer.of(actor("orderer.itu", Role.ORDERER, "ita-uusimaa", SampleWork.UNIT), WORK)).isEmpty();
        assertThat(TaskViewer.of(actor("expert.itu", Role.EXPERT, "ita-uusimaa", "ngo-ita"), WORK)).isEmpty();
        assertThat(TaskViewer.of(actor("coordinator.itu", Role.COORDINATOR, "ita-uusimaa", null), WORK)).isEmpty();
        assertThat(TaskViewer.of(actor("finance.soite", Role.FINANCE, SampleWork.COUNTY, null), WORK)).isEmpty();
        assertThat(TaskViewer.of(actor(SampleWork.EXPERT_USERNAME, Role.NGO_PARTNER, SampleWork.COUNTY, "ngo-keski"), WORK))
                .isEmpty();
    }

    private static Actor actor(String username, Role role, String county, String organisation) {
        return new Actor("sub-" + username, username, Set.of(role), county, organisation);
    }
}
