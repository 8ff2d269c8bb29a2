package fi.kokemus.ordering.domain;

import static fi.kokemus.ordering.OrderingFixtures.AINO;
import static fi.kokemus.ordering.OrderingFixtures.OLLI;
import static fi.kokemus.ordering.OrderingFixtures.ORDERER_SOITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.ordering.OrderingFixtures;
import fi.kokemus.platform.problem.DomainProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every order state against every step: the step is either taken (to the expected state) or refused with nothing changed. */
class OrderStateMachineTest {

    enum Start { PLACED, OFFERED, ACCEPTED, REPORTED, APPROVED, PLACED_AFTER_DECLINE }

    enum Step { OFFER, ACCEPT, DECLINE, REPORT, APPROVE }

    /** Outcome of a step: the order's new state, or the refusal's kind. */
    record Outcome(OrderState reached, DomainProblem.Kind refusal) {
        static Outcome to(OrderState state) {
            return new Outcome(state, null);
        }

        static final Outcome CONFLICT = new Outcome(null, DomainProblem.Kind.CONFLICT);
        static final Outcome NOT_FOUND = new Outcome(null, DomainProblem.Kind.NOT_FOUND);
    }

    private static final Map<Start, List<Outcome>> EXPECTED = Map.of(
            // per start, the outcomes of OFFER, ACCEPT, DECLINE, REPORT, APPROVE
            Start.PLACED, List.of(Outcome.to(OrderState.OFFERED), Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND),
            Start.OFFERED, List.of(Outcome.CONFLICT, Outcome.to(OrderState.ACCEPTED), Outcome.to(OrderState.PLACED), Outcome.CONFLICT, Outcome.CONFLICT),
            Start.ACCEPTED, List.of(Outcome.CONFLICT, Outcome.CONFLICT, Outcome.CONFLICT, Outcome.to(OrderState.REPORTED), Outcome.CONFLICT),
            Start.REPORTED, List.of(Outcome.CONFLICT, Outcome.CONFLICT, Outcome.CONFLICT, Outcome.CONFLICT, Outcome.to(OrderState.APPROVED)),
            Start.APPROVED, List.of(Outcome.CONFLICT, Outcome.CONFLICT, Outcome.CONFLICT, Outcome.CONFLICT, Outcome.CONFLICT),
            Start.PLACED_AFTER_DECLINE, List.of(Outcome.to(OrderState.OFFERED), Outcome.CONFLICT, Outcome.CONFLICT, Outcome.CONFLICT, Outcome.CONFLICT));

    static Stream<Arguments> everyStateAndStep() {
        List<Arguments> cases = new ArrayList<>();
        for (Start start : Start.values()) {
            for (Step step : Step.values()) {
                cases.add(Arguments.of(start, step, EXPECTED.get(start).get(step.ordinal())));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @MethodSource("everyStateAndStep")
    void stepIsTakenOrRefused(Start start, Step step, Outcome expected) {
        Order order = orderIn(start);
        OrderState before = order.state();
        List<Assignment> assignmentsBefore = order.assignments();
        int eventsBefore = order.pendingEvents().size();

        if (expected.refusal() == null) {
            take(step, order);
            assertThat(order.state()).isEqualTo(expected.reached());
            assertThat(order.pendingEvents()).hasSize(eventsBefore + 1);
        } else {
            Class<? extends DomainProblem> refusal = expected.refusal() == DomainProblem.Kind.CONFLICT
                    ? IllegalTransitionException.class
                    : AssignmentNotFoundException.class;
            assertThatThrownBy(() -> take(step, order))
                    .isInstanceOf(refusal)
                    .hasFieldOrPropertyWithValue("kind", expected.refusal());
            assertThat(order.state()).isEqualTo(before);
            assertThat(order.assignments()).isEqualTo(assignmentsBefore);
            assertThat(order.pendingEvents()).hasSize(eventsBefore);
        }
    }

    static Order orderIn(Start start) {
        Order order = OrderingFixtures.placedOrder();
        if (start == Start.PLACED) {
            return order;
        }
        AssignmentId assignment = order.offer(AssignmentId.newId(), AINO).id();
        switch (start) {
            case PLACED_AFTER_DECLINE -> order.decline(assignment, AINO.username(), "Ill that week");
            case ACCEPTED -> order.accept(assignment, AINO.username());
            case REPORTED -> {
                order.accept(assignment, AINO.username());
                order.report(assignment, AINO.username(), new WorkReport(1, 90));
            }
            case APPROVED -> {
                order.accept(assignment, AINO.username());
                order.report(assignment, AINO.username(), new WorkReport(1, 90));
                order.approve(assignment, ORDERER_SOITE.username());
            }
            default -> {
            }
        }
        return order;
    }

    /** Each step acts on the order's latest assignment (an unknown one when there is none). */
    private static void take(Step step, Order order) {
        AssignmentId target = order.assignments().isEmpty()
                ? AssignmentId.newId()
                : order.assignments().get(order.assignments().size() - 1).id();
        Map<Step, BiFunction<Order, AssignmentId, Assignment>> steps = Map.of(
                Step.OFFER, (o, id) -> o.offer(AssignmentId.newId(), OLLI),
                Step.ACCEPT, (o, id) -> o.accept(id, AINO.username()),
                Step.DECLINE, (o, id) -> o.decline(id, AINO.username(), null),
                Step.REPORT, (o, id) -> o.report(id, AINO.username(), new WorkReport(2, 120)),
                Step.APPROVE, (o, id) -> o.approve(id, ORDERER_SOITE.username()));
        steps.get(step).apply(order, target);
    }
}
