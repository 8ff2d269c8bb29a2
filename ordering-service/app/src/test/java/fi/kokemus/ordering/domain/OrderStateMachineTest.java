package fi.kokemus.ordering.domain;

import static fi.kokemus.ordering.OrderingFixtures.AINO;
import static fi.kokemus.ordering.OrderingFixtures.OFFER_VALIDITY;
import static fi.kokemus.ordering.OrderingFixtures.OLLI;
import static fi.kokemus.ordering.domain.Scenarios.COORDINATOR;
import static fi.kokemus.ordering.domain.Scenarios.EXPERT;
import static fi.kokemus.ordering.domain.Scenarios.HELD;
import static fi.kokemus.ordering.domain.Scenarios.UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.ordering.OrderingFixtures;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every action in every state of a coordinated group order: allowed, or refused with its specific
 * problem and nothing changed. Plan changes act a day after placing; work steps act after the
 * first session.
 */
class OrderStateMachineTest {

    private static final Instant PLAN_TIME = Scenarios.ACCEPTED_AT.plus(Duration.ofMinutes(30));
    private static final String OK = "ok";
    private static final Expert ITU_EXPERT = OrderingFixtures.expert("expert-itu", "expert.itu", OrderingFixtures.ITU);
    private static final Expert ITU_OTHER = OrderingFixtures.expert("expert-itu-2", "expert.itu2", OrderingFixtures.ITU);

    enum Action {
        PROPOSE((order, aino) -> order.propose(List.of(OrderingFixtures.free(OLLI)), COORDINATOR, PLAN_TIME)),
        CHOOSE((order, aino) -> order.choose(OrderingFixtures.free(AINO), UNIT, PLAN_TIME, OFFER_VALIDITY)),
        OFFER_DIRECTLY((order, aino) -> order.offerDirectly(OrderingFixtures.free(OLLI), UNIT, PLAN_TIME, OFFER_VALIDITY)),
        ACCEPT((order, aino) -> order.accept(aino, EXPERT, OrderingFixtures.free(AINO), PLAN_TIME)),
        DECLINE((order, aino) -> order.decline(aino, EXPERT, "Too far", PLAN_TIME)),
        RESCHEDULE((order, aino) -> order.reschedule(order.sessions().get(2).id(),
                order.sessions().get(2).startsAt().plus(Duration.ofHours(1)), 90,
                List.of(OrderingFixtures.free(AINO), OrderingFixtures.free(OLLI)), UNIT, PLAN_TIME)),
        CANCEL_ORDER((order, aino) -> order.cancel(UNIT, "Not needed", PLAN_TIME)),
        EXPERT_WITHDRAWS((order, aino) -> order.cancelAssignment(aino, EXPERT, CancelCause.ILLNESS, PLAN_TIME)),
        END_GROUP_EARLY((order, aino) -> order.endGroupEarly(EarlyEndReason.AGREED, UNIT, PLAN_TIME)),
        REPORT((order, aino) -> order.report(aino, first(order), EXPERT, HELD, afterFirst(order))),
        APPROVE((order, aino) -> order.approve(aino, first(order), UNIT, afterFirst(order))),
        RETURN((order, aino) -> order.returnWork(aino, first(order), "Minutes missing", UNIT, afterFirst(order)));

        private final BiConsumer<Order, AssignmentId> step;

        Action(BiConsumer<Order, AssignmentId> step) {
            this.step = step;
        }
    }

    /** Per state, the outcome of each action in {@link Action} order: {@value #OK} or the problem code. */
    private static final Map<OrderState, List<String>> EXPECTED = Map.of(
            OrderState.OPEN, List.of(OK, "illegal-transition", "not-direct-order", "assignment-not-found",
                    "assignment-not-found", OK, OK, "assignment-not-found", OK, "assignment-not-found",
                    "assignment-not-found", "assignment-not-found"),
            OrderState.AWAITING_CHOICE, List.of(OK, OK, "not-direct-order", "assignment-not-found",
                    "assignment-not-found", OK, OK, "assignment-not-found", OK, "assignment-not-found",
                    "assignment-not-found", "assignment-not-found"),
            OrderState.OFFERED, List.of("illegal-transition", "illegal-transition", "not-direct-order", OK, OK, OK, OK,
                    "not-accepted", OK, "not-accepted", "not-reported", "not-reported"),
            OrderState.CONFIRMED, List.of("illegal-transition", "illegal-transition", "not-direct-order",
                    "offer-not-open", "offer-not-open", OK, OK, OK, OK, OK, "not-reported", "not-reported"),
            OrderState.COMPLETED, List.of("illegal-transition", "illegal-transition", "not-direct-order",
                    "offer-not-open", "offer-not-open", "illegal-transition", "illegal-transition",
                    "illegal-transition", "illegal-transition", "already-reported", "already-approved",
                    "already-approved"),
            OrderState.CANCELLED, List.of("illegal-transition", "illegal-transition", "not-direct-order",
                    "order-closed", "order-closed", "illegal-transition", "illegal-transition", "illegal-transition",
                    "illegal-transition", "session-not-planned", "not-reported", "not-reported"));

    static Stream<Arguments> everyStateAndAction() {
        return Arrays.stream(OrderState.values()).flatMap(state -> Arrays.stream(Action.values())
                .map(action -> Arguments.of(state, action, EXPECTED.get(state).get(action.ordinal()))));
    }

    @Test
    void theTableCoversEveryStateAndAction() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrder(OrderState.values());
        EXPECTED.values().forEach(outcomes -> assertThat(outcomes).hasSize(Action.values().length));
    }

    @Test
    void eachScenarioIsInItsState() {
        for (OrderState state : OrderState.values()) {
            assertThat(Scenarios.in(state).state(PLAN_TIME)).as("scenario %s", state).isEqualTo(state);
        }
    }

    @ParameterizedTest(name = "{0} × {1} → {2}")
    @MethodSource("everyStateAndAction")
    void actionInState(OrderState state, Action action, String expected) {
        Order order = Scenarios.in(state);
        AssignmentId aino = order.assignments().isEmpty() ? AssignmentId.newId() : Scenarios.offerTo(order, AINO).id();
        int eventsBefore = order.pendingEvents().size();
        List<HistoryEntry> historyBefore = order.history();

        if (OK.equals(expected)) {
            assertThatCode(() -> action.step.accept(order, aino)).doesNotThrowAnyException();
            assertThat(order.pendingEvents()).hasSizeGreaterThan(eventsBefore);
            assertThat(order.history()).hasSizeGreaterThan(historyBefore.size());
        } else {
            assertThatThrownBy(() -> action.step.accept(order, aino))
                    .isInstanceOf(DomainProblem.class)
                    .extracting(problem -> ((DomainProblem) problem).code()).isEqualTo(expected);
            assertThat(order.pendingEvents()).hasSize(eventsBefore);
            assertThat(order.history()).isEqualTo(historyBefore);
        }
    }

    /** Naming an expert on a direct Itä-Uusimaa group order, in every state. */
    @ParameterizedTest(name = "direct {0} × name another expert → {1}")
    @CsvSource({
        "OPEN, ok",
        "AWAITING_CHOICE, ok",
        "OFFERED, illegal-transition",
        "CONFIRMED, illegal-transition",
        "COMPLETED, illegal-transition",
        "CANCELLED, illegal-transition"
    })
    void namingAnExpertOnADirectOrder(OrderState state, String expected) {
        Order order = directIn(state);

        assertThat(order.state(PLAN_TIME)).isEqualTo(state);
        assertThat(OrderingFixtures.problemCode(() -> order.offerDirectly(OrderingFixtures.free(ITU_OTHER), UNIT,
                PLAN_TIME, OFFER_VALIDITY))).isEqualTo(OK.equals(expected) ? "" : expected);
    }

    private static Order directIn(OrderState state) {
        Order order = Order.place(new OrderingUnit(OrderingFixtures.ITU, OrderingFixtures.ITU_UNIT), UNIT, Route.DIRECT,
                OrderingFixtures.form("GROUP_GUIDANCE", ExpertRole.EXPERT_BY_EXPERIENCE, 1, null),
                OrderingFixtures.weekly(2), OrderingFixtures.NOW);
        if (state == OrderState.AWAITING_CHOICE) {
            order.propose(List.of(OrderingFixtures.free(ITU_EXPERT)), COORDINATOR, Scenarios.PROPOSED_AT);
        }
        if (state == OrderState.OPEN || state == OrderState.AWAITING_CHOICE) {
            return order;
        }
        Assignment offer = order.offerDirectly(OrderingFixtures.free(ITU_EXPERT), UNIT, Scenarios.CHOSEN_AT, OFFER_VALIDITY);
        if (state != OrderState.OFFERED) {
            order.accept(offer.id(), ITU_EXPERT.username(), OrderingFixtures.free(ITU_EXPERT), Scenarios.ACCEPTED_AT);
        }
        if (state == OrderState.CANCELLED) {
            order.cancel(UNIT, "Not needed", Scenarios.ACCEPTED_AT);
        }
        if (state == OrderState.COMPLETED) {
            for (Session session : order.sessions()) {
                order.report(offer.id(), session.id(), ITU_EXPERT.username(), HELD, session.endsAt());
                order.approve(offer.id(), session.id(), UNIT, session.endsAt());
            }
        }
        return order;
    }

    private static SessionId first(Order order) {
        return order.sessions().get(0).id();
    }

    private static Instant afterFirst(Order order) {
        return order.sessions().get(0).endsAt();
    }
}
