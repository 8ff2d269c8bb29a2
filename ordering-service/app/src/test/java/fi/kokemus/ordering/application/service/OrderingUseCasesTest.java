package fi.kokemus.ordering.application.service;

import static fi.kokemus.ordering.OrderingFixtures.AINO;
import static fi.kokemus.ordering.OrderingFixtures.COORDINATOR_ITU;
import static fi.kokemus.ordering.OrderingFixtures.COORDINATOR_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.EXPERT_OTHER;
import static fi.kokemus.ordering.OrderingFixtures.EXPERT_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.FINANCE_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.ITU;
import static fi.kokemus.ordering.OrderingFixtures.NOW;
import static fi.kokemus.ordering.OrderingFixtures.OLLI;
import static fi.kokemus.ordering.OrderingFixtures.ORDERER_ITU;
import static fi.kokemus.ordering.OrderingFixtures.ORDERER_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.ORDERER_SOITE_OTHER_UNIT;
import static fi.kokemus.ordering.OrderingFixtures.expert;
import static fi.kokemus.ordering.OrderingFixtures.form;
import static fi.kokemus.ordering.OrderingFixtures.groupForm;
import static fi.kokemus.ordering.OrderingFixtures.problemCode;
import static fi.kokemus.ordering.OrderingFixtures.weekly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.ordering.OrderingFixtures;
import fi.kokemus.ordering.application.port.in.PlaceOrderCommand;
import fi.kokemus.ordering.application.port.in.SessionWorkRef;
import fi.kokemus.ordering.domain.Assignment;
import fi.kokemus.ordering.domain.Expert;
import fi.kokemus.ordering.domain.ExpertRole;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderEvent;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.OrderState;
import fi.kokemus.ordering.domain.Outcome;
import fi.kokemus.ordering.domain.Route;
import fi.kokemus.ordering.domain.Schedule;
import fi.kokemus.ordering.domain.Session;
import fi.kokemus.ordering.domain.Travel;
import fi.kokemus.ordering.domain.WorkReport;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderingUseCasesTest {

    private static final WorkReport HELD = new WorkReport(Outcome.HELD, 6, 90, Travel.NONE, false, null);

    private final UseCases useCases = new UseCases();

    @BeforeEach
    void knowTheExperts() {
        useCases.experts.record(AINO, NOW);
        useCases.experts.record(OLLI, NOW);
    }

    @Test
    void theCoordinatedRouteRunsFromOrderToApprovedWork() {
        Order placed = useCases.place.place(ORDERER_SOITE, coordinated());
        OrderId id = placed.id();

        useCases.propose.propose(COORDINATOR_SOITE, id, List.of(AINO.expertId(), OLLI.expertId()));
        Order chosen = useCases.offer.choose(ORDERER_SOITE, id, AINO.expertId());
        Assignment offer = chosen.assignments().get(0);
        Order accepted = useCases.accept.accept(EXPERT_SOITE, id, offer.id());
        Session first = accepted.sessions().get(0);
        useCases.clock.set(first.endsAt());
        useCases.report.report(EXPERT_SOITE, new SessionWorkRef(id, offer.id(), first.id()), HELD);
        Order approved = useCases.approve.approve(ORDERER_SOITE, new SessionWorkRef(id, offer.id(), first.id()));

        assertThat(accepted.state()).isEqualTo(OrderState.CONFIRMED);
        assertThat(approved.assignment(offer.id()).workFor(first.id()).orElseThrow().decidedBy())
                .isEqualTo(ORDERER_SOITE.username());
        assertThat(useCases.orders.events(id)).extracting(event -> event.getClass().getSimpleName()).containsExactly(
                "Placed", "CandidatesProposed", "CandidateChosen", "ExpertOffered", "OfferAccepted", "Confirmed",
                "WorkReported", "SessionOutcomeReported", "WorkApproved");
    }

    @Test
    void theApprovedWorkKeepsWhetherTheTripKeptTheExpertFromTheirUsualPlaceToEat() {
        OrderId id = useCases.place.place(ORDERER_SOITE, coordinated()).id();
        useCases.propose.propose(COORDINATOR_SOITE, id, List.of(AINO.expertId()));
        Assignment offer = useCases.offer.choose(ORDERER_SOITE, id, AINO.expertId()).assignments().get(0);
        Session first = useCases.accept.accept(EXPERT_SOITE, id, offer.id()).sessions().get(0);
        useCases.clock.set(first.endsAt());
        SessionWorkRef work = new SessionWorkRef(id, offer.id(), first.id());
        Travel shortTrip = new Travel(0, null, 0, 0, 240, 6, 0, List.of(), true);

        useCases.report.report(EXPERT_SOITE, work, new WorkReport(Outcome.HELD, 6, 90, shortTrip, false, null));
        Order approved = useCases.approve.approve(ORDERER_SOITE, work);

        assertThat(approved.assignment(offer.id()).workFor(first.id()).orElseThrow().report().travel()
                .usualMealPlaceUnavailable()).isTrue();
        assertThat(useCases.orders.events(id)).last().isInstanceOf(OrderEvent.WorkApproved.class);
    }

    @Test
    void aDirectOrderIsOfferedToTheNamedExpertAtOnceWhereTheCountyAllowsIt() {
        Expert ituExpert = expert("expert-itu", "expert.itu", ITU);
        useCases.experts.record(ituExpert, NOW);

        Order order = useCases.place.place(ORDERER_ITU, new PlaceOrderCommand(Route.DIRECT,
                form("LECTURE", ExpertRole.EXPERT_BY_EXPERIENCE, 1, null), weekly(1), List.of(ituExpert.expertId())));

        assertThat(order.state()).isEqualTo(OrderState.OFFERED);
        assertThat(order.assignments()).extracting(Assignment::expertId).containsExactly(ituExpert.expertId());
        assertThat(useCases.orders.events(order.id())).hasSize(2).last().isInstanceOf(OrderEvent.ExpertOffered.class);

        Expert another = expert("expert-itu-2", "expert.itu2", ITU);
        useCases.experts.record(another, NOW);
        useCases.decline.decline(OrderingFixtures.actor("expert.itu", Role.EXPERT, ITU, "ngo-ita"), order.id(),
                order.assignments().get(0).id(), null);
        Order renamed = useCases.offer.name(ORDERER_ITU, order.id(), another.expertId());

        assertThat(renamed.state()).isEqualTo(OrderState.OFFERED);
        assertThat(renamed.assignments()).extracting(Assignment::expertId).endsWith(another.expertId());
        assertThat(problemCode(() -> useCases.offer.name(ORDERER_ITU, order.id(), ituExpert.expertId())))
                .isEqualTo("illegal-transition");
    }

    @Test
    void aCoordinatedOrderIsNotOfferedByNaming() {
        OrderId id = useCases.place.place(ORDERER_SOITE, coordinated()).id();

        assertThat(problemCode(() -> useCases.offer.name(ORDERER_SOITE, id, AINO.expertId()))).isEqualTo("not-direct-order");
    }

    @Test
    void aCoordinatedOrderNamesNoExperts() {
        assertThat(problemCode(() -> useCases.place.place(ORDERER_SOITE, new PlaceOrderCommand(Route.COORDINATED,
                groupForm(), weekly(3), List.of(AINO.expertId()))))).isEqualTo("invalid-input");
    }

    @Test
    void onlyTheRightPeopleActOnAnOrder() {
        OrderId id = useCases.place.place(ORDERER_SOITE, coordinated()).id();

        assertThat(problemCode(() -> useCases.propose.propose(COORDINATOR_ITU, id, List.of(AINO.expertId()))))
                .isEqualTo("other-county");
        assertThat(problemCode(() -> useCases.propose.propose(ORDERER_SOITE, id, List.of(AINO.expertId()))))
                .isEqualTo("role-required");
        useCases.propose.propose(COORDINATOR_SOITE, id, List.of(AINO.expertId()));
        assertThat(problemCode(() -> useCases.offer.choose(ORDERER_SOITE_OTHER_UNIT, id, AINO.expertId())))
                .isEqualTo("other-unit");
        assertThat(problemCode(() -> useCases.get.get(FINANCE_SOITE, id))).isEqualTo("not-your-order");
        Assignment offer = useCases.offer.choose(ORDERER_SOITE, id, AINO.expertId()).assignments().get(0);
        assertThat(problemCode(() -> useCases.accept.accept(EXPERT_OTHER, id, offer.id()))).isEqualTo("not-your-offer");
        assertThat(problemCode(() -> useCases.cancel.cancel(COORDINATOR_SOITE, id, "No"))).isEqualTo("role-required");
        assertThat(useCases.get.get(EXPERT_SOITE, id).id()).isEqualTo(id);
        assertThat(problemCode(() -> useCases.get.get(EXPERT_OTHER, id))).isEqualTo("not-your-order");
    }

    @Test
    void theQueueShowsTheCountysOrdersWaitingForCandidatesLongestWaitingFirst() {
        OrderId older = useCases.place.place(ORDERER_SOITE, coordinated()).id();
        useCases.clock.advance(Duration.ofHours(2));
        OrderId newer = useCases.place.place(ORDERER_SOITE, coordinated()).id();
        OrderId proposed = useCases.place.place(ORDERER_SOITE, coordinated()).id();
        useCases.propose.propose(COORDINATOR_SOITE, proposed, List.of(AINO.expertId()));
        useCases.place.place(ORDERER_ITU, new PlaceOrderCommand(Route.COORDINATED,
                form("LECTURE", ExpertRole.EXPERT_BY_EXPERIENCE, 1, null), weekly(1), List.of()));
        useCases.clock.advance(Duration.ofMinutes(30));

        var queue = useCases.queue.queue(COORDINATOR_SOITE);

        assertThat(queue).extracting(queued -> queued.order().id()).containsExactly(older, newer);
        assertThat(queue.get(0).waited()).isEqualTo(Duration.ofMinutes(150));
        assertThat(problemCode(() -> useCases.queue.queue(ORDERER_SOITE))).isEqualTo("role-required");
    }

    @Test
    void aDeclinedOfferReturnsTheOrderToTheQueue() {
        OrderId id = useCases.place.place(ORDERER_SOITE, coordinated()).id();
        useCases.propose.propose(COORDINATOR_SOITE, id, List.of(AINO.expertId()));
        Assignment offer = useCases.offer.choose(ORDERER_SOITE, id, AINO.expertId()).assignments().get(0);
        useCases.clock.advance(Duration.ofHours(1));

        useCases.decline.decline(EXPERT_SOITE, id, offer.id(), "Too far");

        assertThat(useCases.queue.queue(COORDINATOR_SOITE)).singleElement()
                .satisfies(queued -> assertThat(queued.waitingSince()).isEqualTo(NOW.plus(Duration.ofHours(1))));
    }

    @Test
    void candidatesAreFreeContractedExpertsNotAlreadyInTheOrder() {
        Expert noContract = new Expert("expert-nc", "expert.nc", "Nella C.", "keski-pohjanmaa", AINO.roles(),
                AINO.topics(), AINO.languages(), AINO.taskTypes(), true, List.of(),
                List.of(new Expert.ContractPeriod("keski-pohjanmaa", null, NOW.atZone(Schedule.LOCAL_TIME).toLocalDate())));
        useCases.experts.record(noContract, NOW);
        OrderId first = useCases.place.place(ORDERER_SOITE, coordinated()).id();
        OrderId second = useCases.place.place(ORDERER_SOITE, coordinated()).id();
        useCases.propose.propose(COORDINATOR_SOITE, first, List.of(OLLI.expertId()));
        useCases.offer.choose(ORDERER_SOITE, first, OLLI.expertId());

        assertThat(useCases.candidates.find(COORDINATOR_SOITE, second, null)).containsExactly(AINO);
        assertThat(useCases.candidates.find(COORDINATOR_SOITE, second, "CHILD_PROTECTION")).isEmpty();
        assertThat(problemCode(() -> useCases.propose.propose(COORDINATOR_SOITE, second, List.of(OLLI.expertId()))))
                .isEqualTo("double-booked");
        assertThat(problemCode(() -> useCases.candidates.find(COORDINATOR_ITU, second, null))).isEqualTo("other-county");
    }

    @Test
    void anUnknownExpertIsRefused() {
        OrderId id = useCases.place.place(ORDERER_SOITE, coordinated()).id();

        assertThat(problemCode(() -> useCases.propose.propose(COORDINATOR_SOITE, id, List.of("expert-nobody"))))
                .isEqualTo("unknown-expert");
    }

    @Test
    void aRefusedStepWritesNothing() {
        OrderId id = useCases.place.place(ORDERER_SOITE, coordinated()).id();
        Order before = useCases.orders.get(id);

        assertThatThrownBy(() -> useCases.offer.choose(ORDERER_SOITE, id, AINO.expertId()))
                .isInstanceOf(DomainProblem.class);

        assertThat(useCases.orders.get(id).version()).isEqualTo(before.version());
        assertThat(useCases.orders.events(id)).hasSize(1);
    }

    @Test
    void theExpertSeesTheirOffersAndAssignments() {
        OrderId id = useCases.place.place(ORDERER_SOITE, coordinated()).id();
        useCases.propose.propose(COORDINATOR_SOITE, id, List.of(AINO.expertId()));
        useCases.offer.choose(ORDERER_SOITE, id, AINO.expertId());

        assertThat(useCases.myAssignments.list(EXPERT_SOITE)).singleElement()
                .satisfies(mine -> assertThat(mine.order().id()).isEqualTo(id));
        assertThat(useCases.myAssignments.list(EXPERT_OTHER)).isEmpty();
        assertThat(useCases.unitOrders.list(ORDERER_SOITE)).extracting(Order::id).containsExactly(id);
        assertThat(useCases.unitOrders.list(ORDERER_SOITE_OTHER_UNIT)).isEmpty();
    }

    private static PlaceOrderCommand coordinated() {
        return new PlaceOrderCommand(Route.COORDINATED, groupForm(), weekly(3), List.of());
    }
}
