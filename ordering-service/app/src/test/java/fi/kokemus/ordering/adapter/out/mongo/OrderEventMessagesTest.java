package fi.kokemus.ordering.adapter.out.mongo;

import static fi.kokemus.ordering.OrderingFixtures.AINO;
import static fi.kokemus.ordering.OrderingFixtures.NOW;
import static fi.kokemus.ordering.OrderingFixtures.OFFER_VALIDITY;
import static fi.kokemus.ordering.OrderingFixtures.SOITE;
import static fi.kokemus.ordering.OrderingFixtures.SOITE_UNIT;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.ordering.OrderingFixtures;
import fi.kokemus.ordering.contract.AssignmentCancelled;
import fi.kokemus.ordering.contract.ExpertOffered;
import fi.kokemus.ordering.contract.ExpertRef;
import fi.kokemus.ordering.contract.GroupEndedEarly;
import fi.kokemus.ordering.contract.OrderCancelled;
import fi.kokemus.ordering.contract.OrderPlaced;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.ordering.contract.SessionOutcome;
import fi.kokemus.ordering.contract.SessionRescheduled;
import fi.kokemus.ordering.contract.SessionTime;
import fi.kokemus.ordering.contract.WorkApproved;
import fi.kokemus.ordering.domain.Assignment;
import fi.kokemus.ordering.domain.CancelCause;
import fi.kokemus.ordering.domain.EarlyEndReason;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.Outcome;
import fi.kokemus.ordering.domain.Session;
import fi.kokemus.ordering.domain.Travel;
import fi.kokemus.ordering.domain.WorkReport;
import fi.kokemus.platform.events.EventContract;
import fi.kokemus.platform.events.EventEnvelope;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.EventWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The payloads fee and feedback act on carry the facts they need. */
class OrderEventMessagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final EventReader READER = new EventReader(JSON);
    private final OrderEventMessages messages =
            new OrderEventMessages(new EventWriter("ordering-service", JSON, OrderingFixtures.clock()));

    @Test
    void aPlacedOrderCarriesItsFormAndEverySession() {
        Order order = OrderingFixtures.groupOrder();

        OrderPlaced placed = only(order, OrderingEvents.ORDER_PLACED);

        assertThat(placed.route()).isEqualTo("COORDINATED");
        assertThat(placed.role()).isEqualTo("EXPERT_BY_EXPERIENCE");
        assertThat(placed.mode()).isEqualTo("ON_SITE");
        assertThat(placed.eventScope()).isEqualTo("LOCAL");
        assertThat(placed.clientWork()).isFalse();
        assertThat(placed.sessions()).isEqualTo(times(order.sessions()));
        assertThat(placed.startsAt()).isEqualTo(order.startsAt());
        assertThat(placed.durationMinutes()).isEqualTo(90);
    }

    @Test
    void anOfferSaysByWhenTheExpertMayAnswer() {
        Order order = OrderingFixtures.groupOrder();
        order.propose(List.of(OrderingFixtures.free(AINO)), "coordinator.soite", NOW);
        Assignment offer = order.choose(OrderingFixtures.free(AINO), "orderer.soite", NOW, OFFER_VALIDITY);

        ExpertOffered offered = only(order, OrderingEvents.EXPERT_OFFERED);

        assertThat(offered).isEqualTo(new ExpertOffered(order.id().toString(), offer.id().toString(),
                AINO.expertId(), AINO.username(), SOITE, SOITE_UNIT, order.startsAt(), offer.expiresAt()));
        assertThat(offered.respondBy()).isEqualTo(NOW.plus(OFFER_VALIDITY));
    }

    @Test
    void aCancellationCarriesItsExactTimeTheEndedSessionsAndTheAcceptedExperts() {
        Order order = accepted();
        Instant duringFirst = order.sessions().get(0).startsAt().plusSeconds(60);
        order.cancel("orderer.soite", "The group did not gather", duringFirst);

        OrderCancelled cancelled = last(order, OrderingEvents.ORDER_CANCELLED);

        assertThat(cancelled.cancelledAt()).isEqualTo(duringFirst);
        assertThat(cancelled.cancelledBy()).isEqualTo("orderer.soite");
        assertThat(cancelled.reason()).isEqualTo("The group did not gather");
        assertThat(cancelled.costCentre()).isEqualTo("CC-4100");
        assertThat(cancelled.taskType()).isEqualTo("GROUP_CO_LEADING");
        assertThat(cancelled.sessions()).isEqualTo(times(order.sessions().subList(1, 3)));
        assertThat(cancelled.experts()).isEqualTo(List.of(ref(order)));
    }

    @Test
    void aWithdrawalCarriesItsCauseAndTheSessionsLeft() {
        Order order = accepted();
        Assignment aino = order.acceptedAssignments().get(0);
        order.cancelAssignment(aino.id(), "expert.soite", CancelCause.ILLNESS, NOW.plus(Duration.ofDays(1)));

        AssignmentCancelled withdrawn = last(order, OrderingEvents.ASSIGNMENT_CANCELLED);

        assertThat(withdrawn).isEqualTo(new AssignmentCancelled(order.id().toString(), aino.id().toString(),
                AINO.expertId(), AINO.username(), SOITE, SOITE_UNIT, "ILLNESS", "expert.soite",
                NOW.plus(Duration.ofDays(1)), times(order.sessions())));
    }

    @Test
    void anEarlyEndAndAMoveNameTheirSessions() {
        Order order = accepted();
        Session third = order.sessions().get(2);
        Instant moved = third.startsAt().plus(Duration.ofHours(1));
        order.reschedule(third.id(), moved, 60, List.of(OrderingFixtures.free(AINO)), "coordinator.soite", NOW);
        Instant afterFirst = order.sessions().get(0).endsAt();
        order.endGroupEarly(EarlyEndReason.COMPELLING, "orderer.soite", afterFirst);

        SessionRescheduled rescheduled = last(order, OrderingEvents.SESSION_RESCHEDULED);
        GroupEndedEarly ended = last(order, OrderingEvents.GROUP_ENDED_EARLY);

        assertThat(rescheduled).isEqualTo(new SessionRescheduled(order.id().toString(), SOITE, SOITE_UNIT,
                third.id().toString(), third.startsAt(), moved, 60, "coordinator.soite", NOW, List.of(ref(order))));
        assertThat(ended.reason()).isEqualTo("COMPELLING");
        assertThat(ended.sessions()).extracting(SessionTime::sessionId)
                .containsExactly(order.sessions().get(1).id().toString(), third.id().toString());
        assertThat(ended.experts()).containsExactly(ref(order));
    }

    @Test
    void aSessionsOutcomeGoesToFeedbackOnce() {
        Order order = accepted();
        Assignment aino = order.acceptedAssignments().get(0);
        Session first = order.sessions().get(0);
        order.report(aino.id(), first.id(), "expert.soite", new WorkReport(Outcome.HELD, 0, 90, null, false, null),
                first.endsAt());

        SessionOutcome outcome = last(order, OrderingEvents.SESSION_HELD);

        assertThat(outcome).isEqualTo(new SessionOutcome(order.id().toString(), SOITE, SOITE_UNIT,
                first.id().toString(), aino.id().toString(), AINO.expertId(), AINO.username(), "GROUP_CO_LEADING",
                "CLIENTS", "ON_SITE", first.startsAt(), "NO_PARTICIPANTS", 0));
    }

    @Test
    void anApprovalCarriesWhetherTheTripKeptTheExpertFromTheirUsualPlaceToEat() {
        Order order = accepted();
        Assignment aino = order.acceptedAssignments().get(0);
        Session first = order.sessions().get(0);
        Travel travel = new Travel(12, "Kokkola – Kokkola hospital", 0, 0, 240, 6, 0, List.of(), true);
        order.report(aino.id(), first.id(), "expert.soite", new WorkReport(Outcome.HELD, 5, 90, travel, false, null),
                first.endsAt());
        order.approve(aino.id(), first.id(), "orderer.soite", first.endsAt());

        WorkApproved approved = last(order, OrderingEvents.WORK_APPROVED);

        assertThat(approved.travel()).isEqualTo(new fi.kokemus.ordering.contract.Travel(12,
                "Kokkola – Kokkola hospital", 0, 0, 240, 6, 0, List.of(), true));
    }

    @Test
    void travelPublishedBeforeTheMealPlaceFactExistedReadsAsUsualPlaceAvailable() {
        String before = """
                {"ownCarKilometres":42,"route":"Kokkola – Kannus – Kokkola","passengers":0,"ticketsCents":0,
                 "awayMinutes":300,"farthestKilometres":21,"freeMeals":1,"expenses":[]}
                """;

        fi.kokemus.ordering.contract.Travel read = JSON.readValue(before, fi.kokemus.ordering.contract.Travel.class);

        assertThat(read.usualMealPlaceUnavailable()).isFalse();
        assertThat(read).isEqualTo(new fi.kokemus.ordering.contract.Travel(42, "Kokkola – Kannus – Kokkola", 0, 0,
                300, 21, 1, List.of()));
    }

    private static Order accepted() {
        Order order = OrderingFixtures.groupOrder();
        order.propose(List.of(OrderingFixtures.free(AINO)), "coordinator.soite", NOW);
        Assignment offer = order.choose(OrderingFixtures.free(AINO), "orderer.soite", NOW, OFFER_VALIDITY);
        order.accept(offer.id(), "expert.soite", OrderingFixtures.free(AINO), NOW);
        return order;
    }

    private <T> T only(Order order, EventContract<T> contract) {
        List<T> found = all(order, contract);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private <T> T last(Order order, EventContract<T> contract) {
        List<T> found = all(order, contract);
        assertThat(found).isNotEmpty();
        return found.get(found.size() - 1);
    }

    private <T> List<T> all(Order order, EventContract<T> contract) {
        return messages.of(order).stream()
                .map(message -> READER.read(message.payload()))
                .filter(envelope -> envelope.type().equals(contract.type()))
                .map((EventEnvelope<JsonNode> envelope) -> READER.data(envelope, contract))
                .toList();
    }

    private static ExpertRef ref(Order order) {
        Assignment aino = order.assignments().get(0);
        return new ExpertRef(aino.id().toString(), aino.expertId(), aino.expertUsername());
    }

    private static List<SessionTime> times(List<Session> sessions) {
        return sessions.stream()
                .map(session -> new SessionTime(session.id().toString(), session.startsAt(), session.durationMinutes()))
                .toList();
    }
}
