package fi.kokemus.fee.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.fee.OrderingFacts;
import fi.kokemus.fee.application.port.in.ExpertOnOrder;
import fi.kokemus.fee.application.port.in.ExpertWithdrawalCommand;
import fi.kokemus.fee.application.port.in.GroupEndedEarlyCommand;
import fi.kokemus.fee.application.port.in.OrderCancellationCommand;
import fi.kokemus.fee.application.port.in.PlannedSession;
import fi.kokemus.fee.application.port.in.PriceApprovedWorkCommand;
import fi.kokemus.fee.application.port.in.PricingOutcome;
import fi.kokemus.fee.application.port.in.SettleCancellationsUseCase;
import fi.kokemus.fee.domain.TravelClaim;
import fi.kokemus.ordering.contract.AssignmentChanged;
import fi.kokemus.ordering.contract.ExpertRef;
import fi.kokemus.ordering.contract.GroupEndedEarly;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.ordering.contract.SessionTime;
import fi.kokemus.ordering.contract.Travel;
import fi.kokemus.ordering.contract.WorkApproved;
import fi.kokemus.platform.events.EventContract;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.events.InvalidEventException;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class OrderingEventsListenerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EventWriter ORDERING = new EventWriter("ordering-service", JSON, Clock.systemUTC());
    private static final Instant NOON = OrderingFacts.MONDAY_NOON;
    private static final PlannedSession SESSION = new PlannedSession("s1", NOON, 90);
    private static final ExpertOnOrder AINO = new ExpertOnOrder("assignment-1", "expert-aino-testinen",
            "aino.testinen");

    private final List<Object> commands = new ArrayList<>();
    private final OrderingEventsListener listener = new OrderingEventsListener(new EventReader(JSON), command -> {
        commands.add(command);
        return PricingOutcome.RECORDED;
    }, new RecordingSettlements());

    @Test
    void pricesTheApprovedWorkAsOrderingDescribedIt() {
        Travel travel = new Travel(120, "Kokkola – Kannus – Kokkola", 1, 350, 420, 60, 1,
                List.of(new Travel.Expense("parking", 400), new Travel.Expense("ferry", 250)));

        deliver(OrderingEvents.WORK_APPROVED, OrderingFacts.approvalWithTravel("order-1", "assignment-1", "s1", travel));

        assertThat(commands).containsExactly(new PriceApprovedWorkCommand("order-1", "assignment-1", "s1",
                "expert-aino-testinen", "aino.testinen", "keski-pohjanmaa", "soite-mental-health-unit", "KP-4100",
                "EXPERT_BY_EXPERIENCE", "LECTURE_REGIONAL", NOON, "HELD", 1, 90, false, null,
                new TravelClaim(120, 1, 420, 60, 1, 350, 650)));
    }

    @Test
    void carriesWhetherTheTripKeptTheExpertFromTheirUsualPlaceToEat() {
        Travel shortTrip = new Travel(0, null, 0, 0, 240, 6, 0, List.of(), true);

        deliver(OrderingEvents.WORK_APPROVED, OrderingFacts.approvalWithTravel("order-1", "assignment-1", "s1", shortTrip));

        assertThat(commands).singleElement().isInstanceOfSatisfying(PriceApprovedWorkCommand.class,
                command -> assertThat(command.travel()).isEqualTo(new TravelClaim(0, 0, 240, 6, 0, 0, 0, true)));
    }

    @Test
    void anApprovalPublishedBeforeTheMealPlaceFactExistedClaimsNoMealAllowance() {
        Travel shortTrip = new Travel(0, null, 0, 0, 240, 6, 0, List.of(), true);
        ObjectNode envelope = (ObjectNode) JSON.readTree(ORDERING.write(OrderingEvents.WORK_APPROVED, "order-1",
                "keski-pohjanmaa", OrderingFacts.approvalWithTravel("order-1", "assignment-1", "s1", shortTrip))
                .payload());
        ((ObjectNode) envelope.get("data").get("travel")).remove("usualMealPlaceUnavailable");

        listener.onOrderingEvent(JSON.writeValueAsString(envelope));

        assertThat(commands).singleElement().isInstanceOfSatisfying(PriceApprovedWorkCommand.class,
                command -> assertThat(command.travel()).isEqualTo(new TravelClaim(0, 0, 240, 6, 0, 0, 0, false)));
    }

    @Test
    void anApprovalWithoutTravelClaimsNone() {
        deliver(OrderingEvents.WORK_APPROVED, OrderingFacts.approval("order-1", "assignment-1", "s1", "CLIENT_SUPPORT", 1));

        assertThat(commands).singleElement().isInstanceOfSatisfying(PriceApprovedWorkCommand.class,
                command -> assertThat(command.travel()).isEqualTo(TravelClaim.NONE));
    }

    @Test
    void settlesAnOrderersCancellation() {
        Instant cancelledAt = Instant.parse("2025-06-15T13:00:00Z");

        deliver(OrderingEvents.ORDER_CANCELLED, OrderingFacts.cancellation("order-1", "assignment-1", "s1", cancelledAt));

        assertThat(commands).containsExactly(new OrderCancellationCommand("order-1", "keski-pohjanmaa",
                "soite-mental-health-unit", "KP-4100", "EXPERT_BY_EXPERIENCE", "LECTURE_REGIONAL", cancelledAt,
                List.of(SESSION), List.of(AINO)));
    }

    @Test
    void settlesAnExpertsWithdrawal() {
        deliver(OrderingEvents.ASSIGNMENT_CANCELLED, OrderingFacts.illness("order-1", "assignment-1", "s1"));

        assertThat(commands).containsExactly(new ExpertWithdrawalCommand("order-1", "keski-pohjanmaa",
                "soite-mental-health-unit", AINO, "ILLNESS", List.of(SESSION)));
    }

    @Test
    void settlesTheDroppedSessionsOfAGroupEndedEarly() {
        GroupEndedEarly ended = new GroupEndedEarly("order-1", "keski-pohjanmaa", "soite-mental-health-unit",
                "COMPELLING", "orderer.soite", NOON.minusSeconds(3600), List.of(new SessionTime("s1", NOON, 90)),
                List.of(new ExpertRef("assignment-1", "expert-aino-testinen", "aino.testinen")));

        deliver(OrderingEvents.GROUP_ENDED_EARLY, ended);

        assertThat(commands).containsExactly(new GroupEndedEarlyCommand("order-1", "keski-pohjanmaa",
                "soite-mental-health-unit", List.of(SESSION), List.of(AINO)));
    }

    @Test
    void ignoresTheOtherOrderingEvents() {
        deliver(OrderingEvents.ASSIGNMENT_ACCEPTED, new AssignmentChanged("order-1", "assignment-1", "expert-1",
                "aino.testinen", "keski-pohjanmaa", "soite-mental-health-unit", NOON));

        assertThat(commands).isEmpty();
    }

    @Test
    void aFactThatCanNeverBeSettledIsParkedAtOnce() {
        OrderingEventsListener refusing = new OrderingEventsListener(new EventReader(JSON), command -> {
            throw DomainProblem.invalid("invalid-work", "Approved work needs startsAt", "startsAt");
        }, new RecordingSettlements());
        String message = ORDERING.write(OrderingEvents.WORK_APPROVED, "order-1", "keski-pohjanmaa",
                OrderingFacts.approval("order-1", "assignment-1", "s1", "CLIENT_SUPPORT", 1)).payload();

        assertThatThrownBy(() -> refusing.onOrderingEvent(message)).isInstanceOf(InvalidEventException.class);
    }

    @Test
    void negativeTravelIsParkedAtOnce() {
        Travel negative = new Travel(-5, "", 0, 0, 0, 0, 0, List.of());
        WorkApproved work = OrderingFacts.approvalWithTravel("order-1", "assignment-1", "s1", negative);
        String message = ORDERING.write(OrderingEvents.WORK_APPROVED, "order-1", "keski-pohjanmaa", work).payload();

        assertThatThrownBy(() -> listener.onOrderingEvent(message)).isInstanceOf(InvalidEventException.class);
        assertThat(commands).isEmpty();
    }

    @Test
    void aMessageThatIsNoEventIsParkedAtOnce() {
        assertThatThrownBy(() -> listener.onOrderingEvent("[1, 2, 3]")).isInstanceOf(InvalidEventException.class);
        assertThat(commands).isEmpty();
    }

    private <T> void deliver(EventContract<T> contract, T payload) {
        listener.onOrderingEvent(ORDERING.write(contract, "order-1", "keski-pohjanmaa", payload).payload());
    }

    private final class RecordingSettlements implements SettleCancellationsUseCase {

        @Override
        public int settle(OrderCancellationCommand command) {
            commands.add(command);
            return 1;
        }

        @Override
        public int settle(ExpertWithdrawalCommand command) {
            commands.add(command);
            return 1;
        }

        @Override
        public int settle(GroupEndedEarlyCommand command) {
            commands.add(command);
            return 1;
        }
    }
}
