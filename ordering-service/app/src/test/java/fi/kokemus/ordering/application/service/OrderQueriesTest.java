package fi.kokemus.ordering.application.service;

import static fi.kokemus.ordering.OrderingFixtures.AINO;
import static fi.kokemus.ordering.OrderingFixtures.COORDINATOR_ITU;
import static fi.kokemus.ordering.OrderingFixtures.COORDINATOR_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.EXPERT_OTHER;
import static fi.kokemus.ordering.OrderingFixtures.EXPERT_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.FINANCE_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.NEXT_WEEK;
import static fi.kokemus.ordering.OrderingFixtures.NOW;
import static fi.kokemus.ordering.OrderingFixtures.OLLI;
import static fi.kokemus.ordering.OrderingFixtures.ORDERER_ITU;
import static fi.kokemus.ordering.OrderingFixtures.ORDERER_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.ORDERER_SOITE_OTHER_UNIT;
import static fi.kokemus.ordering.OrderingFixtures.clock;
import static fi.kokemus.ordering.OrderingFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.ordering.application.port.in.AssignExpertCommand;
import fi.kokemus.ordering.application.port.in.AssignedOrder;
import fi.kokemus.ordering.application.port.in.DeclineAssignmentCommand;
import fi.kokemus.ordering.application.port.in.ListOrdersQuery;
import fi.kokemus.ordering.domain.AssignmentId;
import fi.kokemus.ordering.domain.AssignmentState;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.OrderState;
import fi.kokemus.platform.actor.Actor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderQueriesTest {

    private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    private final InMemoryExpertDirectory experts = new InMemoryExpertDirectory();
    private final PlaceOrderService place = new PlaceOrderService(orders, clock());
    private final AssignExpertService assign = new AssignExpertService(orders, experts);
    private final GetOrderService get = new GetOrderService(orders);
    private final ListOrdersService list = new ListOrdersService(orders);
    private final ListMyAssignmentsService mine = new ListMyAssignmentsService(orders);

    private OrderId offeredToAino;
    private OrderId placedLater;
    private OrderId otherUnits;
    private OrderId itusOrder;

    @BeforeEach
    void ordersOfTwoCountiesAndTwoUnits() {
        experts.record(AINO, NOW);
        experts.record(OLLI, NOW);
        placedLater = place.place(ORDERER_SOITE, form(NEXT_WEEK.plus(Duration.ofDays(1)))).id();
        offeredToAino = place.place(ORDERER_SOITE, form()).id();
        assign.assign(COORDINATOR_SOITE, new AssignExpertCommand(offeredToAino, AINO.expertId()));
        otherUnits = place.place(ORDERER_SOITE_OTHER_UNIT, form()).id();
        itusOrder = place.place(ORDERER_ITU, form()).id();
    }

    @Test
    void theUnitTheCoordinatorAndTheAssignedExpertSeeTheOrder() {
        for (Actor viewer : List.of(ORDERER_SOITE, COORDINATOR_SOITE, EXPERT_SOITE)) {
            assertThat(get.get(viewer, offeredToAino).id()).as(viewer.username()).isEqualTo(offeredToAino);
        }
    }

    @Test
    void othersAreRefused() {
        for (Actor outsider : List.of(ORDERER_SOITE_OTHER_UNIT, ORDERER_ITU, COORDINATOR_ITU, EXPERT_OTHER, FINANCE_SOITE)) {
            assertThatThrownBy(() -> get.get(outsider, offeredToAino))
                    .as(outsider.username())
                    .hasFieldOrPropertyWithValue("code", "not-your-order");
        }
    }

    @Test
    void anUnknownOrderIsNotFound() {
        assertThatThrownBy(() -> get.get(COORDINATOR_SOITE, OrderId.newId()))
                .hasFieldOrPropertyWithValue("code", "order-not-found");
    }

    @Test
    void aCoordinatorListsTheCountysOrdersSoonestFirst() {
        assertThat(list.list(COORDINATOR_SOITE, new ListOrdersQuery(null))).extracting(Order::id)
                .containsExactlyInAnyOrder(offeredToAino, otherUnits, placedLater)
                .endsWith(placedLater);
        assertThat(list.list(COORDINATOR_SOITE, new ListOrdersQuery(OrderState.OFFERED))).extracting(Order::id)
                .containsExactly(offeredToAino);
        assertThat(list.list(COORDINATOR_ITU, new ListOrdersQuery(null))).extracting(Order::id)
                .containsExactly(itusOrder);
    }

    @Test
    void anOrdererListsTheirOwnUnitsOrders() {
        assertThat(list.list(ORDERER_SOITE, new ListOrdersQuery(null))).extracting(Order::id)
                .containsExactly(offeredToAino, placedLater);
        assertThat(list.list(ORDERER_SOITE, new ListOrdersQuery(OrderState.PLACED))).extracting(Order::id)
                .containsExactly(placedLater);
    }

    @Test
    void expertsAndOthersDoNotListOrders() {
        assertThatThrownBy(() -> list.list(EXPERT_SOITE, new ListOrdersQuery(null))).hasFieldOrPropertyWithValue("code", "role-required");
        assertThatThrownBy(() -> list.list(FINANCE_SOITE, new ListOrdersQuery(null))).hasFieldOrPropertyWithValue("code", "role-required");
    }

    @Test
    void anExpertListsEveryOfferMadeToThemDeclinedOnesIncluded() {
        AssignmentId declined = assign.assign(COORDINATOR_SOITE, new AssignExpertCommand(placedLater, AINO.expertId()))
                .assignment().id();
        new DeclineAssignmentService(orders).decline(EXPERT_SOITE, new DeclineAssignmentCommand(placedLater, declined, null));
        assign.assign(COORDINATOR_SOITE, new AssignExpertCommand(placedLater, OLLI.expertId()));

        List<AssignedOrder> ainos = mine.list(EXPERT_SOITE);

        assertThat(ainos).extracting(assigned -> assigned.order().id()).containsExactly(offeredToAino, placedLater);
        assertThat(ainos).extracting(assigned -> assigned.assignment().state())
                .containsExactly(AssignmentState.OFFERED, AssignmentState.DECLINED);
        assertThat(mine.list(EXPERT_OTHER)).extracting(assigned -> assigned.assignment().expertUsername())
                .containsExactly(OLLI.username());
        assertThatThrownBy(() -> mine.list(ORDERER_SOITE)).hasFieldOrPropertyWithValue("code", "role-required");
    }
}
