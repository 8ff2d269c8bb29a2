package fi.kokemus.ordering.application.service;

import static fi.kokemus.ordering.OrderingFixtures.AINO;
import static fi.kokemus.ordering.OrderingFixtures.COORDINATOR_ITU;
import static fi.kokemus.ordering.OrderingFixtures.COORDINATOR_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.ITU;
import static fi.kokemus.ordering.OrderingFixtures.NOW;
import static fi.kokemus.ordering.OrderingFixtures.OLLI;
import static fi.kokemus.ordering.OrderingFixtures.ORDERER_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.SOITE;
import static fi.kokemus.ordering.OrderingFixtures.clock;
import static fi.kokemus.ordering.OrderingFixtures.expert;
import static fi.kokemus.ordering.OrderingFixtures.form;
import static fi.kokemus.ordering.OrderingFixtures.paused;
import static fi.kokemus.ordering.OrderingFixtures.withContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.ordering.application.port.in.AssignExpertCommand;
import fi.kokemus.ordering.application.port.in.AssignedOrder;
import fi.kokemus.ordering.domain.AssignmentState;
import fi.kokemus.ordering.domain.Expert;
import fi.kokemus.ordering.domain.OrderEvent;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.OrderState;
import fi.kokemus.platform.problem.DomainProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssignExpertServiceTest {

    private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    private final InMemoryExpertDirectory experts = new InMemoryExpertDirectory();
    private final AssignExpertService service = new AssignExpertService(orders, experts);
    private OrderId orderId;

    @BeforeEach
    void anOrderAndTwoExperts() {
        orderId = new PlaceOrderService(orders, clock()).place(ORDERER_SOITE, form()).id();
        experts.record(AINO, NOW);
        experts.record(OLLI, NOW);
    }

    @Test
    void theCountysCoordinatorOffersTheOrderToAKnownExpert() {
        AssignedOrder assigned = service.assign(COORDINATOR_SOITE, new AssignExpertCommand(orderId, AINO.expertId()));

        assertThat(assigned.assignment().expertUsername()).isEqualTo("expert.soite");
        assertThat(assigned.assignment().state()).isEqualTo(AssignmentState.OFFERED);
        assertThat(orders.get(orderId).state()).isEqualTo(OrderState.OFFERED);
        assertThat(orders.eventTypes(orderId)).containsExactly(OrderEvent.Type.PLACED, OrderEvent.Type.EXPERT_ASSIGNED);
    }

    @Test
    void aCoordinatorOfAnotherCountyIsRefused() {
        assertThatThrownBy(() -> service.assign(COORDINATOR_ITU, new AssignExpertCommand(orderId, AINO.expertId())))
                .hasFieldOrPropertyWithValue("code", "other-county");
        assertUnchanged();
    }

    @Test
    void anOrdererCannotAssign() {
        assertThatThrownBy(() -> service.assign(ORDERER_SOITE, new AssignExpertCommand(orderId, AINO.expertId())))
                .hasFieldOrPropertyWithValue("code", "role-required");
        assertUnchanged();
    }

    @Test
    void theExpertMustBeKnownFromTheRegistry() {
        assertThatThrownBy(() -> service.assign(COORDINATOR_SOITE, new AssignExpertCommand(orderId, "expert-nobody")))
                .hasFieldOrPropertyWithValue("code", "unknown-expert")
                .hasFieldOrPropertyWithValue("kind", DomainProblem.Kind.INVALID);
        assertUnchanged();
    }

    @Test
    void anErasedExpertIsNoLongerKnown() {
        experts.erase(AINO.expertId(), NOW.plusSeconds(1));

        assertThatThrownBy(() -> service.assign(COORDINATOR_SOITE, new AssignExpertCommand(orderId, AINO.expertId())))
                .hasFieldOrPropertyWithValue("code", "unknown-expert");
    }

    @Test
    void theExpertMustBeActive() {
        experts.record(paused(AINO), NOW.plusSeconds(1));

        assertThatThrownBy(() -> service.assign(COORDINATOR_SOITE, new AssignExpertCommand(orderId, AINO.expertId())))
                .hasFieldOrPropertyWithValue("code", "expert-inactive");
        assertUnchanged();
    }

    @Test
    void theExpertMustLiveInOrHaveAContractWithTheCounty() {
        Expert fromItu = expert("expert-itu", "expert.itu", ITU);
        experts.record(fromItu, NOW);
        assertThatThrownBy(() -> service.assign(COORDINATOR_SOITE, new AssignExpertCommand(orderId, fromItu.expertId())))
                .hasFieldOrPropertyWithValue("code", "expert-outside-county");
        assertUnchanged();

        experts.record(withContract(fromItu, SOITE), NOW.plusSeconds(1));
        assertThat(service.assign(COORDINATOR_SOITE, new AssignExpertCommand(orderId, fromItu.expertId()))
                .assignment().expertId()).isEqualTo("expert-itu");
    }

    @Test
    void anOrderAlreadyOfferedCannotBeOfferedAgain() {
        service.assign(COORDINATOR_SOITE, new AssignExpertCommand(orderId, AINO.expertId()));

        assertThatThrownBy(() -> service.assign(COORDINATOR_SOITE, new AssignExpertCommand(orderId, OLLI.expertId())))
                .hasFieldOrPropertyWithValue("code", "illegal-transition");
        assertThat(orders.get(orderId).assignments()).hasSize(1);
    }

    @Test
    void anUnknownOrderIsNotFound() {
        assertThatThrownBy(() -> service.assign(COORDINATOR_SOITE, new AssignExpertCommand(OrderId.newId(), AINO.expertId())))
                .hasFieldOrPropertyWithValue("code", "order-not-found");
    }

    private void assertUnchanged() {
        assertThat(orders.get(orderId).state()).isEqualTo(OrderState.PLACED);
        assertThat(orders.eventTypes(orderId)).containsExactly(OrderEvent.Type.PLACED);
    }
}
