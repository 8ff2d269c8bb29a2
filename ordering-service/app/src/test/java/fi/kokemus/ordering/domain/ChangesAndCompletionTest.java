package fi.kokemus.ordering.domain;

import static fi.kokemus.ordering.OrderingFixtures.AINO;
import static fi.kokemus.ordering.OrderingFixtures.ITU;
import static fi.kokemus.ordering.OrderingFixtures.NEXT_WEEK;
import static fi.kokemus.ordering.OrderingFixtures.NOW;
import static fi.kokemus.ordering.OrderingFixtures.OFFER_VALIDITY;
import static fi.kokemus.ordering.OrderingFixtures.OLLI;
import static fi.kokemus.ordering.OrderingFixtures.problemCode;
import static fi.kokemus.ordering.OrderingFixtures.unavailable;
import static fi.kokemus.ordering.domain.Scenarios.ACCEPTED_AT;
import static fi.kokemus.ordering.domain.Scenarios.COORDINATOR;
import static fi.kokemus.ordering.domain.Scenarios.EXPERT;
import static fi.kokemus.ordering.domain.Scenarios.HELD;
import static fi.kokemus.ordering.domain.Scenarios.UNIT;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.ordering.OrderingFixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rescheduling, cancellations, early ends, reporting and approval. */
class ChangesAndCompletionTest {

    private static final Instant LATER = ACCEPTED_AT.plus(Duration.ofHours(1));

    @Test
    void aMovedSessionKeepsItsIdAndRecordsWhoAgreed() {
        Order order = Scenarios.confirmed();
        Session second = order.sessions().get(1);
        Instant newStart = second.startsAt().plus(Duration.ofDays(1));

        Session moved = order.reschedule(second.id(), newStart, 120, List.of(OrderingFixtures.free(AINO)), COORDINATOR, LATER);

        assertThat(moved).isEqualTo(new Session(second.id(), newStart, 120, Session.Status.PLANNED));
        assertThat(order.session(second.id())).isEqualTo(moved);
        assertThat(order.pendingEvents()).endsWith(
                new OrderEvent.SessionRescheduled(second.id(), second.startsAt(), COORDINATOR, LATER));
        assertThat(order.history().get(order.history().size() - 1).by()).isEqualTo(COORDINATOR);
    }

    @Test
    void aSessionIsNotMovedToWhenTheExpertCannot() {
        Order order = Scenarios.confirmed();
        Session second = order.sessions().get(1);
        Instant newStart = second.startsAt().plus(Duration.ofDays(1));
        LocalDate newDay = newStart.atZone(Schedule.LOCAL_TIME).toLocalDate();
        Expert away = unavailable(AINO, newDay, newDay);

        assertThat(problemCode(() -> order.reschedule(second.id(), newStart, 90, List.of(OrderingFixtures.free(away)), UNIT,
                LATER))).isEqualTo("expert-unavailable");
        assertThat(problemCode(() -> order.reschedule(second.id(), LATER.minusSeconds(1), 90,
                List.of(OrderingFixtures.free(AINO)), UNIT, LATER))).isEqualTo("order-in-past");
        assertThat(order.session(second.id())).isEqualTo(second);
    }

    @Test
    void aSessionThatHasBegunCannotBeMoved() {
        Order order = Scenarios.confirmed();
        Session first = order.sessions().get(0);

        assertThat(problemCode(() -> order.reschedule(first.id(), first.startsAt().plus(Duration.ofDays(1)), 90,
                List.of(OrderingFixtures.free(AINO)), UNIT, first.startsAt()))).isEqualTo("session-not-ahead");
    }

    @Test
    void theOrdererCancelsWithTheExactTimeAndReasonAndOnlyUnheldSessionsEnd() {
        Order order = Scenarios.confirmed();
        Instant duringSecond = order.sessions().get(1).startsAt().plusSeconds(60);

        order.cancel(UNIT, "The group did not gather", duringSecond);

        assertThat(order.state(duringSecond)).isEqualTo(OrderState.CANCELLED);
        assertThat(order.cancellation()).contains(new Order.Cancellation(UNIT, duringSecond, "The group did not gather"));
        assertThat(order.sessions()).extracting(Session::status)
                .containsExactly(Session.Status.PLANNED, Session.Status.PLANNED, Session.Status.CANCELLED);
        OrderEvent.OrderCancelled event = (OrderEvent.OrderCancelled) order.pendingEvents().get(order.pendingEvents().size() - 1);
        assertThat(event.sessions()).extracting(Session::id).containsExactly(order.sessions().get(2).id());
        AssignmentId aino = Scenarios.offerTo(order, AINO).id();
        order.report(aino, order.sessions().get(0).id(), EXPERT, HELD, duringSecond);
        assertThat(problemCode(() -> order.report(aino, order.sessions().get(2).id(), EXPERT, HELD,
                order.sessions().get(2).endsAt()))).isEqualTo("session-not-planned");
    }

    @Test
    void anExpertsWithdrawalReopensTheOrderForABackup() {
        Order order = Scenarios.confirmed();
        AssignmentId aino = Scenarios.offerTo(order, AINO).id();
        Instant afterFirst = order.sessions().get(0).endsAt();

        Assignment withdrawn = order.cancelAssignment(aino, EXPERT, CancelCause.ILLNESS, afterFirst);

        assertThat(withdrawn.state()).isEqualTo(AssignmentState.CANCELLED);
        assertThat(order.state(afterFirst)).isEqualTo(OrderState.OPEN);
        assertThat(order.waitingSince(afterFirst)).isEqualTo(afterFirst);
        OrderEvent.AssignmentCancelled event =
                (OrderEvent.AssignmentCancelled) order.pendingEvents().get(order.pendingEvents().size() - 1);
        assertThat(event.sessions()).hasSize(2);
        order.report(aino, order.sessions().get(0).id(), EXPERT, HELD, afterFirst);
        assertThat(problemCode(() -> order.report(aino, order.sessions().get(1).id(), EXPERT, HELD,
                order.sessions().get(1).endsAt()))).isEqualTo("not-accepted");

        order.propose(List.of(OrderingFixtures.free(OLLI)), COORDINATOR, afterFirst);
        Assignment backup = order.choose(OrderingFixtures.free(OLLI), UNIT, afterFirst, OFFER_VALIDITY);
        order.accept(backup.id(), "expert.other", OrderingFixtures.free(OLLI), afterFirst);
        assertThat(order.state(afterFirst)).isEqualTo(OrderState.CONFIRMED);
        assertThat(order.pendingEvents()).endsWith(new OrderEvent.Confirmed(afterFirst));
    }

    @Test
    void aGroupEndedEarlyDropsItsRemainingSessionsAndCompletesWhenTheHeldOnesAreApproved() {
        Order order = Scenarios.confirmed();
        AssignmentId aino = Scenarios.offerTo(order, AINO).id();
        Session first = order.sessions().get(0);
        order.report(aino, first.id(), EXPERT, HELD, first.endsAt());

        List<Session> dropped = order.endGroupEarly(EarlyEndReason.COMPELLING, UNIT, first.endsAt());

        assertThat(dropped).hasSize(2).allMatch(session -> session.status() == Session.Status.DROPPED);
        assertThat(order.state(first.endsAt())).isEqualTo(OrderState.CONFIRMED);
        order.approve(aino, first.id(), UNIT, first.endsAt());
        assertThat(order.state(first.endsAt())).isEqualTo(OrderState.COMPLETED);
    }

    @Test
    void onlyGroupWorkEndsEarly() {
        Order order = Order.place(new OrderingUnit(ITU, "unit"), UNIT, Route.COORDINATED,
                OrderingFixtures.form("LECTURE", ExpertRole.EXPERT_BY_EXPERIENCE, 1, null),
                new Schedule.OneOff(NEXT_WEEK, 60), NOW);

        assertThat(problemCode(() -> order.endGroupEarly(EarlyEndReason.AGREED, UNIT, NOW))).isEqualTo("not-group-work");
    }

    @Test
    void workIsReportedOnlyAfterTheSessionStarted() {
        Order order = Scenarios.confirmed();
        Session first = order.sessions().get(0);
        AssignmentId aino = Scenarios.offerTo(order, AINO).id();

        assertThat(problemCode(() -> order.report(aino, first.id(), EXPERT, HELD, first.startsAt().minusSeconds(1))))
                .isEqualTo("session-not-started");
        assertThat(problemCode(() -> order.report(aino, first.id(), "expert.other", HELD, first.startsAt())))
                .isEqualTo("not-your-offer");
        assertThat(order.report(aino, first.id(), EXPERT, HELD, first.startsAt()).state())
                .isEqualTo(SessionWork.State.REPORTED);
    }

    @Test
    void aGroupSessionWithNobodyThereIsNoParticipantsAndANoShowIsOnlyForClientWork() {
        Order order = Scenarios.confirmed();
        Session first = order.sessions().get(0);
        AssignmentId aino = Scenarios.offerTo(order, AINO).id();
        WorkReport empty = new WorkReport(Outcome.HELD, 0, 90, Travel.NONE, false, null);
        WorkReport noShow = new WorkReport(Outcome.CLIENT_NO_SHOW, 0, 30, Travel.NONE, false, null);

        assertThat(problemCode(() -> order.report(aino, first.id(), EXPERT, noShow, first.endsAt()))).isEqualTo("invalid-outcome");
        SessionWork work = order.report(aino, first.id(), EXPERT, empty, first.endsAt());

        assertThat(work.report().outcome()).isEqualTo(Outcome.NO_PARTICIPANTS);
    }

    @Test
    void aHeldSessionOfOtherWorkHadParticipants() {
        assertThat(problemCode(() -> new WorkReport(Outcome.HELD, 0, 60, Travel.NONE, false, null)
                .checkedFor(new TaskType("LECTURE", false, false)))).isEqualTo("invalid-outcome");
        assertThat(new WorkReport(Outcome.CLIENT_NO_SHOW, 0, 30, Travel.NONE, false, null)
                .checkedFor(new TaskType("CLIENT_SUPPORT", true, false)).outcome()).isEqualTo(Outcome.CLIENT_NO_SHOW);
    }

    @Test
    void returnedWorkIsCorrectedAndApprovedAndItsOutcomeIsPublishedOnce() {
        Order order = Scenarios.confirmed();
        Session first = order.sessions().get(0);
        AssignmentId aino = Scenarios.offerTo(order, AINO).id();
        Instant at = first.endsAt();
        Travel travel = new Travel(42, "Kokkola – Kannus – Kokkola", 1, 0, 240, 21, 1,
                List.of(new Travel.Expense("Parking", 500)), false);

        assertThat(problemCode(() -> order.approve(aino, first.id(), UNIT, at))).isEqualTo("not-reported");
        order.report(aino, first.id(), EXPERT, HELD, at);
        SessionWork returned = order.returnWork(aino, first.id(), "Add the parking receipt", UNIT, at);
        assertThat(returned.state()).isEqualTo(SessionWork.State.RETURNED);
        assertThat(problemCode(() -> order.approve(aino, first.id(), UNIT, at))).isEqualTo("not-reported");
        order.report(aino, first.id(), EXPERT, new WorkReport(Outcome.HELD, 8, 100, travel, false, 2000L), at);
        SessionWork approved = order.approve(aino, first.id(), UNIT, at);

        assertThat(approved.state()).isEqualTo(SessionWork.State.APPROVED);
        assertThat(approved.report().travel()).isEqualTo(travel);
        assertThat(approved.decidedBy()).isEqualTo(UNIT);
        assertThat(order.pendingEvents().stream().filter(OrderEvent.SessionOutcomeReported.class::isInstance)).hasSize(1);
        assertThat(order.pendingEvents().stream().filter(OrderEvent.WorkReported.class::isInstance)).hasSize(2);
    }

    @Test
    void theHistoryRecordsEveryStepWithWhoAndWhen() {
        Order order = Scenarios.completed();

        assertThat(order.history()).extracting(HistoryEntry::step).startsWith(HistoryEntry.Step.PLACED,
                HistoryEntry.Step.CANDIDATES_PROPOSED, HistoryEntry.Step.CANDIDATE_CHOSEN,
                HistoryEntry.Step.EXPERT_OFFERED, HistoryEntry.Step.OFFER_ACCEPTED, HistoryEntry.Step.CONFIRMED,
                HistoryEntry.Step.WORK_REPORTED, HistoryEntry.Step.WORK_APPROVED);
        assertThat(order.history()).extracting(HistoryEntry::by).startsWith(UNIT, COORDINATOR, UNIT, UNIT, EXPERT);
        assertThat(order.history()).extracting(HistoryEntry::at).isSorted();
    }
}
