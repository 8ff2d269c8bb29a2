package fi.kokemus.ordering.domain;

import static fi.kokemus.ordering.OrderingFixtures.AINO;
import static fi.kokemus.ordering.OrderingFixtures.ITU;
import static fi.kokemus.ordering.OrderingFixtures.NOW;
import static fi.kokemus.ordering.OrderingFixtures.OLLI;
import static fi.kokemus.ordering.OrderingFixtures.SOITE;
import static fi.kokemus.ordering.OrderingFixtures.SOITE_UNIT;
import static fi.kokemus.ordering.OrderingFixtures.expert;
import static fi.kokemus.ordering.OrderingFixtures.form;
import static fi.kokemus.ordering.OrderingFixtures.paused;
import static fi.kokemus.ordering.OrderingFixtures.placedOrder;
import static fi.kokemus.ordering.OrderingFixtures.withContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final OrderingUnit SOITE_MENTAL_HEALTH = new OrderingUnit(SOITE, SOITE_UNIT);

    @Test
    void aPlacedOrderIsPlacedAndSaysSo() {
        Order order = Order.place(OrderId.newId(), SOITE_MENTAL_HEALTH, "orderer.soite", form(), NOW);

        assertThat(order.state()).isEqualTo(OrderState.PLACED);
        assertThat(order.county()).isEqualTo(SOITE);
        assertThat(order.version()).isZero();
        assertThat(order.pendingEvents()).containsExactly(new OrderEvent(OrderEvent.Type.PLACED, null));
    }

    @Test
    void workMustStartInTheFuture() {
        assertThatThrownBy(() -> Order.place(OrderId.newId(), SOITE_MENTAL_HEALTH, "orderer.soite", form(NOW), NOW))
                .isInstanceOf(DomainProblem.class)
                .hasFieldOrPropertyWithValue("code", "starts-in-past")
                .hasFieldOrPropertyWithValue("field", "startsAt");
        assertThatThrownBy(() -> Order.place(OrderId.newId(), SOITE_MENTAL_HEALTH, "orderer.soite",
                form(NOW.minusSeconds(60)), NOW))
                .hasFieldOrPropertyWithValue("code", "starts-in-past");
    }

    @Test
    void aPausedExpertCannotBeOffered() {
        Order order = placedOrder();

        assertThatThrownBy(() -> order.offer(AssignmentId.newId(), paused(AINO)))
                .isInstanceOf(ExpertNotEligibleException.class)
                .hasFieldOrPropertyWithValue("code", "expert-inactive")
                .hasFieldOrPropertyWithValue("kind", DomainProblem.Kind.CONFLICT);
        assertThat(order.state()).isEqualTo(OrderState.PLACED);
    }

    @Test
    void anExpertFromAnotherCountyNeedsAContractWithTheOrdersCounty() {
        Expert fromItu = expert("expert-itu", "expert.itu", ITU);

        assertThatThrownBy(() -> placedOrder().offer(AssignmentId.newId(), fromItu))
                .hasFieldOrPropertyWithValue("code", "expert-outside-county");
        assertThatThrownBy(() -> placedOrder().offer(AssignmentId.newId(), withContract(fromItu, "pohjois-pohjanmaa")))
                .hasFieldOrPropertyWithValue("code", "expert-outside-county");
        assertThat(placedOrder().offer(AssignmentId.newId(), withContract(fromItu, SOITE)).state())
                .isEqualTo(AssignmentState.OFFERED);
    }

    @Test
    void onlyTheOfferedExpertMayAnswerOrReport() {
        Order order = placedOrder();
        AssignmentId offered = order.offer(AssignmentId.newId(), AINO).id();

        assertThatThrownBy(() -> order.accept(offered, OLLI.username()))
                .isInstanceOf(NotAssignedExpertException.class)
                .hasFieldOrPropertyWithValue("kind", DomainProblem.Kind.FORBIDDEN);
        assertThatThrownBy(() -> order.decline(offered, OLLI.username(), null))
                .isInstanceOf(NotAssignedExpertException.class);
        order.accept(offered, AINO.username());
        assertThatThrownBy(() -> order.report(offered, OLLI.username(), new WorkReport(1, 60)))
                .isInstanceOf(NotAssignedExpertException.class);
        assertThat(order.state()).isEqualTo(OrderState.ACCEPTED);
    }

    @Test
    void aDeclinedOfferStaysAsHistoryAndTheOrderCanBeOfferedAgain() {
        Order order = placedOrder();
        AssignmentId first = order.offer(AssignmentId.newId(), AINO).id();
        order.decline(first, AINO.username(), "Ill that week");

        Assignment second = order.offer(AssignmentId.newId(), OLLI);

        assertThat(order.state()).isEqualTo(OrderState.OFFERED);
        assertThat(order.liveAssignment()).contains(second);
        assertThat(order.assignment(first).state()).isEqualTo(AssignmentState.DECLINED);
        assertThat(order.assignment(first).declineReason()).isEqualTo("Ill that week");
    }

    @Test
    void theWholeProcessEmitsOneEventPerStep() {
        Order order = Order.place(OrderId.newId(), SOITE_MENTAL_HEALTH, "orderer.soite", form(), NOW);
        AssignmentId first = order.offer(AssignmentId.newId(), OLLI).id();
        order.decline(first, OLLI.username(), null);
        AssignmentId second = order.offer(AssignmentId.newId(), AINO).id();
        order.accept(second, AINO.username());
        order.report(second, AINO.username(), new WorkReport(3, 180));
        Assignment approved = order.approve(second, "orderer.soite");

        assertThat(order.pendingEvents()).extracting(OrderEvent::type).containsExactly(
                OrderEvent.Type.PLACED, OrderEvent.Type.EXPERT_ASSIGNED, OrderEvent.Type.ASSIGNMENT_DECLINED,
                OrderEvent.Type.EXPERT_ASSIGNED, OrderEvent.Type.ASSIGNMENT_ACCEPTED, OrderEvent.Type.WORK_REPORTED,
                OrderEvent.Type.WORK_APPROVED);
        assertThat(approved.work()).isEqualTo(new WorkReport(3, 180));
        assertThat(approved.approvedBy()).isEqualTo("orderer.soite");
        assertThat(order.state()).isEqualTo(OrderState.APPROVED);
    }

    @Test
    void anUnknownAssignmentIsNotFound() {
        Order order = placedOrder();
        order.offer(AssignmentId.newId(), AINO);

        assertThatThrownBy(() -> order.accept(AssignmentId.newId(), AINO.username()))
                .isInstanceOf(AssignmentNotFoundException.class)
                .hasFieldOrPropertyWithValue("kind", DomainProblem.Kind.NOT_FOUND);
    }

    @Test
    void aDeclineReasonHasALimit() {
        Order order = placedOrder();
        AssignmentId offered = order.offer(AssignmentId.newId(), AINO).id();

        assertThatThrownBy(() -> order.decline(offered, AINO.username(), "x".repeat(501)))
                .hasFieldOrPropertyWithValue("field", "reason");
        assertThat(order.state()).isEqualTo(OrderState.OFFERED);
    }

    @Test
    void aStoredOrderCannotHoldTwoLiveAssignments() {
        Order order = placedOrder();
        Assignment aino = Assignment.offer(AssignmentId.newId(), AINO);
        Assignment olli = Assignment.offer(AssignmentId.newId(), OLLI);

        assertThatThrownBy(() -> Order.restore(order.id(), order.unit(), order.orderedBy(), order.form(),
                List.of(aino, olli), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
