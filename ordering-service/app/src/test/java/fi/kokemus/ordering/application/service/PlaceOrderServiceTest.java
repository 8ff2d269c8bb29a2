package fi.kokemus.ordering.application.service;

import static fi.kokemus.ordering.OrderingFixtures.COORDINATOR_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.EXPERT_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.NOW;
import static fi.kokemus.ordering.OrderingFixtures.ORDERER_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.SOITE;
import static fi.kokemus.ordering.OrderingFixtures.SOITE_UNIT;
import static fi.kokemus.ordering.OrderingFixtures.actor;
import static fi.kokemus.ordering.OrderingFixtures.clock;
import static fi.kokemus.ordering.OrderingFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderEvent;
import fi.kokemus.ordering.domain.OrderState;
import fi.kokemus.ordering.domain.OrderingUnit;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlaceOrderServiceTest {

    private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    private final PlaceOrderService service = new PlaceOrderService(orders, clock());

    @Test
    void anOrdererPlacesAnOrderForTheirOwnUnit() {
        Order order = service.place(ORDERER_SOITE, form());

        Order stored = orders.get(order.id());
        assertThat(stored.state()).isEqualTo(OrderState.PLACED);
        assertThat(stored.unit()).isEqualTo(new OrderingUnit(SOITE, SOITE_UNIT));
        assertThat(stored.orderedBy()).isEqualTo("orderer.soite");
        assertThat(stored.form()).isEqualTo(form());
        assertThat(orders.eventTypes(order.id())).containsExactly(OrderEvent.Type.PLACED);
    }

    @Test
    void onlyOrderersPlaceOrders() {
        for (Actor notOrderer : new Actor[] {COORDINATOR_SOITE, EXPERT_SOITE}) {
            assertThatThrownBy(() -> service.place(notOrderer, form()))
                    .hasFieldOrPropertyWithValue("kind", DomainProblem.Kind.FORBIDDEN)
                    .hasFieldOrPropertyWithValue("code", "role-required");
        }
        assertThat(orders.findByCounty(SOITE, Optional.empty())).isEmpty();
    }

    @Test
    void anOrdererWithoutAUnitCannotOrder() {
        assertThatThrownBy(() -> service.place(actor("orderer.nounit", Role.ORDERER, SOITE, null), form()))
                .hasFieldOrPropertyWithValue("code", "unit-unknown");
    }

    @Test
    void theStartIsCheckedAgainstTheClock() {
        assertThatThrownBy(() -> service.place(ORDERER_SOITE, form(NOW.minusSeconds(1))))
                .hasFieldOrPropertyWithValue("code", "starts-in-past");
        assertThat(orders.findByCounty(SOITE, Optional.empty())).isEmpty();
    }
}
