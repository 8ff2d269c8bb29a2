package fi.kokemus.ordering.domain;

import static fi.kokemus.ordering.OrderingFixtures.AINO;
import static fi.kokemus.ordering.OrderingFixtures.COORDINATOR_ITU;
import static fi.kokemus.ordering.OrderingFixtures.COORDINATOR_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.EXPERT_OTHER;
import static fi.kokemus.ordering.OrderingFixtures.EXPERT_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.FINANCE_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.OLLI;
import static fi.kokemus.ordering.OrderingFixtures.ORDERER_ITU;
import static fi.kokemus.ordering.OrderingFixtures.ORDERER_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.ORDERER_SOITE_OTHER_UNIT;
import static fi.kokemus.ordering.OrderingFixtures.placedOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.actor.Actor;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderAccessTest {

    @Test
    void theUnitTheCountysCoordinatorsAndTheAssignedExpertSeeTheOrder() {
        Order order = placedOrder();
        order.offer(AssignmentId.newId(), AINO);

        assertThatCode(() -> OrderAccess.requireViewer(ORDERER_SOITE, order)).doesNotThrowAnyException();
        assertThatCode(() -> OrderAccess.requireViewer(COORDINATOR_SOITE, order)).doesNotThrowAnyException();
        assertThatCode(() -> OrderAccess.requireViewer(EXPERT_SOITE, order)).doesNotThrowAnyException();
    }

    @Test
    void nobodyElseSeesIt() {
        Order order = placedOrder();
        order.offer(AssignmentId.newId(), AINO);

        for (Actor outsider : List.of(ORDERER_SOITE_OTHER_UNIT, ORDERER_ITU, COORDINATOR_ITU, EXPERT_OTHER, FINANCE_SOITE)) {
            assertThatThrownBy(() -> OrderAccess.requireViewer(outsider, order))
                    .as(outsider.username())
                    .hasFieldOrPropertyWithValue("code", "not-your-order");
        }
    }

    @Test
    void anExpertWhoDeclinedNoLongerSeesTheOrder() {
        Order order = placedOrder();
        AssignmentId offered = order.offer(AssignmentId.newId(), AINO).id();
        order.decline(offered, AINO.username(), null);

        assertThat(OrderAccess.isAssignedExpertOf(EXPERT_SOITE, order)).isFalse();
    }

    @Test
    void anExpertSeesOnlyTheirOwnOffersWhileStaffSeeAll() {
        Order order = placedOrder();
        AssignmentId declined = order.offer(AssignmentId.newId(), OLLI).id();
        order.decline(declined, OLLI.username(), "Private reason");
        order.offer(AssignmentId.newId(), AINO);

        assertThat(OrderAccess.visibleAssignments(EXPERT_SOITE, order)).extracting(Assignment::expertUsername)
                .containsExactly(AINO.username());
        assertThat(OrderAccess.visibleAssignments(COORDINATOR_SOITE, order)).hasSize(2);
        assertThat(OrderAccess.visibleAssignments(ORDERER_SOITE, order)).hasSize(2);
    }

    @Test
    void onlyTheOrderingUnitMayActAsIt() {
        Order order = placedOrder();

        assertThatCode(() -> OrderAccess.requireOrderingUnitOf(ORDERER_SOITE, order)).doesNotThrowAnyException();
        assertThatThrownBy(() -> OrderAccess.requireOrderingUnitOf(ORDERER_SOITE_OTHER_UNIT, order))
                .hasFieldOrPropertyWithValue("code", "other-unit");
        assertThatThrownBy(() -> OrderAccess.requireOrderingUnitOf(COORDINATOR_SOITE, order))
                .hasFieldOrPropertyWithValue("code", "other-unit");
        assertThatThrownBy(() -> OrderAccess.requireCoordinatorOf(COORDINATOR_ITU, order))
                .hasFieldOrPropertyWithValue("code", "other-county");
    }
}
