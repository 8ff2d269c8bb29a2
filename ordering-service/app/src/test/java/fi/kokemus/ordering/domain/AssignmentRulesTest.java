package fi.kokemus.ordering.domain;

import static fi.kokemus.ordering.OrderingFixtures.AINO;
import static fi.kokemus.ordering.OrderingFixtures.ITU;
import static fi.kokemus.ordering.OrderingFixtures.NEXT_WEEK;
import static fi.kokemus.ordering.OrderingFixtures.NOW;
import static fi.kokemus.ordering.OrderingFixtures.OFFER_VALIDITY;
import static fi.kokemus.ordering.OrderingFixtures.OLLI;
import static fi.kokemus.ordering.OrderingFixtures.SOITE;
import static fi.kokemus.ordering.OrderingFixtures.contract;
import static fi.kokemus.ordering.OrderingFixtures.paused;
import static fi.kokemus.ordering.OrderingFixtures.problemCode;
import static fi.kokemus.ordering.OrderingFixtures.unavailable;
import static fi.kokemus.ordering.OrderingFixtures.withContracts;
import static fi.kokemus.ordering.domain.Scenarios.CHOSEN_AT;
import static fi.kokemus.ordering.domain.Scenarios.COORDINATOR;
import static fi.kokemus.ordering.domain.Scenarios.EXPERT;
import static fi.kokemus.ordering.domain.Scenarios.UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.ordering.OrderingFixtures;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who can be proposed, offered and accepted, and how offers end. */
class AssignmentRulesTest {

    @Test
    void aMissingContractNamesTheExpertTheCountyAndTheDays() {
        Order order = OrderingFixtures.groupOrder();
        Expert endsMidSeries = withContracts(AINO,
                List.of(new Expert.ContractPeriod(SOITE, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-10")),
                        contract(ITU)));

        assertThatThrownBy(() -> order.propose(List.of(OrderingFixtures.free(endsMidSeries)), COORDINATOR, NOW))
                .isInstanceOf(DomainProblem.class)
                .hasMessage("Expert expert-aino has no assignment contract with keski-pohjanmaa in force on 2026-03-16, 2026-03-23")
                .extracting(problem -> ((DomainProblem) problem).code()).isEqualTo("no-contract");
    }

    @Test
    void aContractIsCheckedOnTheHelsinkiDate() {
        Instant lateEvening = Instant.parse("2026-12-31T22:30:00Z");
        Order order = Order.place(new OrderingUnit(SOITE, "unit"), "orderer.soite", Route.COORDINATED,
                OrderingFixtures.groupForm(), new Schedule.OneOff(lateEvening, 60), NOW);

        assertThatThrownBy(() -> order.propose(List.of(OrderingFixtures.free(AINO)), COORDINATOR, NOW))
                .hasMessageContaining("2027-01-01");
    }

    @Test
    void anInactiveUnavailableOrDoubleBookedExpertIsRefused() {
        Order order = OrderingFixtures.groupOrder();
        Session second = order.sessions().get(1);
        ExpertCalendar busy = new ExpertCalendar(AINO, List.of(new ExpertCalendar.Booking(OrderId.newId(),
                second.startsAt().plus(Duration.ofMinutes(30)), second.endsAt().plus(Duration.ofHours(1)))));
        LocalDate day = second.localDate();

        assertThat(problemCode(() -> order.propose(List.of(OrderingFixtures.free(paused(AINO))), COORDINATOR, NOW)))
                .isEqualTo("expert-inactive");
        assertThat(problemCode(() -> order.propose(List.of(OrderingFixtures.free(unavailable(AINO, day, day))), COORDINATOR, NOW)))
                .isEqualTo("expert-unavailable");
        assertThatThrownBy(() -> order.propose(List.of(busy), COORDINATOR, NOW)).hasMessageContaining(day.toString())
                .extracting(problem -> ((DomainProblem) problem).code()).isEqualTo("double-booked");
        assertThat(order.candidates()).isEmpty();
    }

    @Test
    void anExpertWithoutAUserAccountCannotBeProposedForTheyCouldNotAnswerTheOffer() {
        Order order = OrderingFixtures.groupOrder();

        assertThat(problemCode(() -> order.propose(List.of(OrderingFixtures.free(OrderingFixtures.withoutAccount(AINO))),
                COORDINATOR, NOW))).isEqualTo("no-account");
        assertThat(order.candidates()).isEmpty();
    }

    @Test
    void aBookingRightAfterASessionIsNoDoubleBooking() {
        Order order = OrderingFixtures.groupOrder();
        Session first = order.sessions().get(0);
        ExpertCalendar backToBack = new ExpertCalendar(AINO,
                List.of(new ExpertCalendar.Booking(OrderId.newId(), first.endsAt(), first.endsAt().plusSeconds(3600))));

        order.propose(List.of(backToBack), COORDINATOR, NOW);

        assertThat(order.candidates()).containsExactly(AINO.expertId());
    }

    @Test
    void theUnitChoosesOnlyAmongTheProposedCandidates() {
        Order order = Scenarios.proposed();

        assertThat(problemCode(() -> order.choose(OrderingFixtures.free(OLLI), UNIT, CHOSEN_AT, OFFER_VALIDITY)))
                .isEqualTo("not-a-candidate");
        Assignment offered = order.choose(OrderingFixtures.free(AINO), UNIT, CHOSEN_AT, OFFER_VALIDITY);

        assertThat(offered.state()).isEqualTo(AssignmentState.OFFERED);
        assertThat(offered.expiresAt()).isEqualTo(CHOSEN_AT.plus(OFFER_VALIDITY));
        assertThat(order.state(CHOSEN_AT)).isEqualTo(OrderState.OFFERED);
        assertThat(order.pendingEvents()).endsWith(new OrderEvent.CandidateChosen(AINO.expertId(), UNIT, CHOSEN_AT),
                new OrderEvent.ExpertOffered(offered.id()));
    }

    @Test
    void anOfferNeverOutlivesTheStartOfTheFirstSession() {
        Order order = Scenarios.proposed();

        Assignment offered = order.choose(OrderingFixtures.free(AINO), UNIT, CHOSEN_AT, Duration.ofDays(30));

        assertThat(offered.expiresAt()).isEqualTo(NEXT_WEEK);
    }

    @Test
    void anExpiredOfferCannotBeAcceptedAndTheOrderWaitsAgain() {
        Order order = Scenarios.offered();
        Assignment offer = Scenarios.offerTo(order, AINO);
        Instant expiry = offer.expiresAt();

        assertThatThrownBy(() -> order.accept(offer.id(), EXPERT, OrderingFixtures.free(AINO), expiry))
                .extracting(problem -> ((DomainProblem) problem).code()).isEqualTo("offer-expired");
        assertThat(order.state(expiry)).isEqualTo(OrderState.OPEN);
        assertThat(order.waitingSince(expiry)).isEqualTo(expiry);
    }

    @Test
    void onlyTheOfferedExpertAnswers() {
        Order order = Scenarios.offered();
        AssignmentId offer = Scenarios.offerTo(order, AINO).id();

        assertThat(problemCode(() -> order.accept(offer, "expert.other", OrderingFixtures.free(OLLI), CHOSEN_AT)))
                .isEqualTo("not-your-offer");
        assertThat(problemCode(() -> order.decline(offer, "expert.other", null, CHOSEN_AT))).isEqualTo("not-your-offer");
    }

    @Test
    void aDeclineIsFinalAndReopensThePlace() {
        Order order = Scenarios.offered();
        AssignmentId offer = Scenarios.offerTo(order, AINO).id();
        Instant at = CHOSEN_AT.plusSeconds(600);

        Assignment declined = order.decline(offer, EXPERT, "Not this time", at);

        assertThat(declined.declineReason()).isEqualTo("Not this time");
        assertThat(order.state(at)).isEqualTo(OrderState.OPEN);
        assertThat(order.waitingSince(at)).isEqualTo(at);
        assertThat(problemCode(() -> order.accept(offer, EXPERT, OrderingFixtures.free(AINO), at))).isEqualTo("offer-not-open");
        order.propose(List.of(OrderingFixtures.free(OLLI)), COORDINATOR, at);
        assertThat(order.state(at)).isEqualTo(OrderState.AWAITING_CHOICE);
    }

    @Test
    void acceptanceChecksTheContractAgain() {
        Order order = Scenarios.offered();
        AssignmentId offer = Scenarios.offerTo(order, AINO).id();

        assertThat(problemCode(() -> order.accept(offer, EXPERT, OrderingFixtures.free(withContracts(AINO, List.of())), CHOSEN_AT)))
                .isEqualTo("no-contract");
    }

    @Test
    void anOrderForTwoIsConfirmedWhenBothHaveAccepted() {
        Order order = Order.place(new OrderingUnit(SOITE, "unit"), UNIT, Route.COORDINATED,
                OrderingFixtures.form("LECTURE_REGIONAL", ExpertRole.EXPERT_BY_EXPERIENCE, 2, null),
                new Schedule.OneOff(NEXT_WEEK, 90), NOW);
        order.propose(List.of(OrderingFixtures.free(AINO), OrderingFixtures.free(OLLI)), COORDINATOR, NOW);
        Assignment aino = order.choose(OrderingFixtures.free(AINO), UNIT, NOW, OFFER_VALIDITY);
        assertThat(order.state(NOW)).isEqualTo(OrderState.AWAITING_CHOICE);
        Assignment olli = order.choose(OrderingFixtures.free(OLLI), UNIT, NOW, OFFER_VALIDITY);

        order.accept(aino.id(), EXPERT, OrderingFixtures.free(AINO), NOW);
        assertThat(order.state(NOW)).isEqualTo(OrderState.OFFERED);
        order.accept(olli.id(), "expert.other", OrderingFixtures.free(OLLI), NOW);

        assertThat(order.state(NOW)).isEqualTo(OrderState.CONFIRMED);
        assertThat(order.pendingEvents()).containsOnlyOnce(new OrderEvent.Confirmed(NOW));
        assertThat(order.pendingEvents().get(order.pendingEvents().size() - 1)).isEqualTo(new OrderEvent.Confirmed(NOW));
    }

    @Test
    void anExpertHoldingAPlaceIsNotProposedAgain() {
        Order order = Order.place(new OrderingUnit(SOITE, "unit"), UNIT, Route.COORDINATED,
                OrderingFixtures.form("LECTURE_REGIONAL", ExpertRole.EXPERT_BY_EXPERIENCE, 2, null),
                new Schedule.OneOff(NEXT_WEEK, 90), NOW);
        order.propose(List.of(OrderingFixtures.free(AINO)), COORDINATOR, NOW);
        order.choose(OrderingFixtures.free(AINO), UNIT, NOW, OFFER_VALIDITY);

        assertThat(problemCode(() -> order.propose(List.of(OrderingFixtures.free(AINO)), COORDINATOR, NOW)))
                .isEqualTo("already-assigned");
    }
}
