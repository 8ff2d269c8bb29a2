package fi.kokemus.ordering.domain;

import static fi.kokemus.ordering.OrderingFixtures.COORDINATOR_ITU;
import static fi.kokemus.ordering.OrderingFixtures.COORDINATOR_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.EXPERT_OTHER;
import static fi.kokemus.ordering.OrderingFixtures.EXPERT_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.FINANCE_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.ORDERER_ITU;
import static fi.kokemus.ordering.OrderingFixtures.ORDERER_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.ORDERER_SOITE_OTHER_UNIT;
import static fi.kokemus.ordering.OrderingFixtures.problemCode;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.platform.actor.Actor;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrderAccessTest {

    static Stream<Arguments> actors() {
        return Stream.of(
                Arguments.of(ORDERER_SOITE, "", "", ""),
                Arguments.of(COORDINATOR_SOITE, "", "", "other-unit"),
                Arguments.of(EXPERT_SOITE, "", "not-your-order", "other-unit"),
                Arguments.of(ORDERER_SOITE_OTHER_UNIT, "not-your-order", "not-your-order", "other-unit"),
                Arguments.of(ORDERER_ITU, "not-your-order", "not-your-order", "other-unit"),
                Arguments.of(COORDINATOR_ITU, "not-your-order", "not-your-order", "other-unit"),
                Arguments.of(EXPERT_OTHER, "not-your-order", "not-your-order", "other-unit"),
                Arguments.of(FINANCE_SOITE, "not-your-order", "not-your-order", "other-unit"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actors")
    void whoMaySeeChangeAndDecideOnAnOrderOfferedToAino(Actor actor, String view, String change, String decide) {
        Order order = Scenarios.offered();

        assertThat(problemCode(() -> OrderAccess.requireViewer(actor, order))).isEqualTo(view);
        assertThat(problemCode(() -> OrderAccess.requireOrderingUnitOrCoordinatorOf(actor, order))).isEqualTo(change);
        assertThat(problemCode(() -> OrderAccess.requireOrderingUnitOf(actor, order))).isEqualTo(decide);
        assertThat(OrderAccess.visibleAssignments(actor, order)).hasSize(view.isEmpty() ? 1 : 0);
    }
}
