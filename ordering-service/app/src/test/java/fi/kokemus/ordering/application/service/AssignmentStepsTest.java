package fi.kokemus.ordering.application.service;

import static fi.kokemus.ordering.OrderingFixtures.AINO;
import static fi.kokemus.ordering.OrderingFixtures.COORDINATOR_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.EXPERT_OTHER;
import static fi.kokemus.ordering.OrderingFixtures.EXPERT_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.ITU;
import static fi.kokemus.ordering.OrderingFixtures.NOW;
import static fi.kokemus.ordering.OrderingFixtures.OLLI;
import static fi.kokemus.ordering.OrderingFixtures.ORDERER_ITU;
import static fi.kokemus.ordering.OrderingFixtures.ORDERER_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.ORDERER_SOITE_OTHER_UNIT;
import static fi.kokemus.ordering.OrderingFixtures.SOITE_UNIT;
import static fi.kokemus.ordering.OrderingFixtures.actor;
import static fi.kokemus.ordering.OrderingFixtures.clock;
import static fi.kokemus.ordering.OrderingFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.ordering.application.port.in.AssignExpertCommand;
import fi.kokemus.ordering.application.port.in.AssignmentCommand;
import fi.kokemus.ordering.application.port.in.DeclineAssignmentCommand;
import fi.kokemus.ordering.application.port.in.ReportWorkCommand;
import fi.kokemus.ordering.domain.Assignment;
import fi.kokemus.ordering.domain.AssignmentId;
import fi.kokemus.ordering.domain.AssignmentState;
import fi.kokemus.ordering.domain.IllegalTransitionException;
import fi.kokemus.ordering.domain.OrderEvent;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.OrderState;
import fi.kokemus.ordering.domain.WorkReport;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accept, decline, report and approve, each with who may and may not take the step. */
class AssignmentStepsTest {

    private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    private final InMemoryExpertDirectory experts = new InMemoryExpertDirectory();
    private final AssignExpertService assign = new AssignExpertService(orders, experts);
    private final AcceptAssignmentService accept = new AcceptAssignmentService(orders);
    private final DeclineAssignmentService decline = new DeclineAssignmentService(orders);
    private final ReportWorkService report = new ReportWorkService(orders);
    private final ApproveWorkService approve = new ApproveWorkService(orders);
    private OrderId orderId;
    private AssignmentId offered;

    @BeforeEach
    void anOrderOfferedToAino() {
        experts.record(AINO, NOW);
        experts.record(OLLI, NOW);
        orderId = new PlaceOrderService(orders, clock()).place(ORDERER_SOITE, form()).id();
        offered = assign.assign(COORDINATOR_SOITE, new AssignExpertCommand(orderId, AINO.expertId())).assignment().id();
    }

    @Test
    void theWholeProcessEndsInApprovedWorkAndOneEventPerStep() {
        accept.accept(EXPERT_SOITE, step());
        report.report(EXPERT_SOITE, new ReportWorkCommand(orderId, offered, new WorkReport(2, 120)));
        Assignment approved = approve.approve(ORDERER_SOITE, step()).assignment();

        assertThat(approved.state()).isEqualTo(AssignmentState.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("orderer.soite");
        assertThat(approved.work()).isEqualTo(new WorkReport(2, 120));
        assertThat(orders.get(orderId).state()).isEqualTo(OrderState.APPROVED);
        assertThat(orders.eventTypes(orderId)).containsExactly(OrderEvent.Type.PLACED, OrderEvent.Type.EXPERT_ASSIGNED,
                OrderEvent.Type.ASSIGNMENT_ACCEPTED, OrderEvent.Type.WORK_REPORTED, OrderEvent.Type.WORK_APPROVED);
    }

    @Test
    void anotherExpertCannotAnswerTheOffer() {
        assertThatThrownBy(() -> accept.accept(EXPERT_OTHER, step()))
                .hasFieldOrPropertyWithValue("code", "not-assigned-expert")
                .hasFieldOrPropertyWithValue("kind", DomainProblem.Kind.FORBIDDEN);
        assertThatThrownBy(() -> decline.decline(EXPERT_OTHER, new DeclineAssignmentCommand(orderId, offered, null)))
                .hasFieldOrPropertyWithValue("code", "not-assigned-expert");
        assertStillOffered();
    }

    @Test
    void onlyExpertsAnswerOffers() {
        assertThatThrownBy(() -> accept.accept(COORDINATOR_SOITE, step())).hasFieldOrPropertyWithValue("code", "role-required");
        assertThatThrownBy(() -> accept.accept(actor("expert.soite", Role.ORDERER, "keski-pohjanmaa", SOITE_UNIT), step()))
                .hasFieldOrPropertyWithValue("code", "role-required");
        assertStillOffered();
    }

    @Test
    void acceptingTwiceIsAConflict() {
        accept.accept(EXPERT_SOITE, step());

        assertThatThrownBy(() -> accept.accept(EXPERT_SOITE, step()))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(orders.eventTypes(orderId)).containsOnlyOnce(OrderEvent.Type.ASSIGNMENT_ACCEPTED);
    }

    @Test
    void aDeclineReturnsTheOrderForAnotherOffer() {
        decline.decline(EXPERT_SOITE, new DeclineAssignmentCommand(orderId, offered, "Travelling that week"));
        assertThat(orders.get(orderId).state()).isEqualTo(OrderState.PLACED);

        assign.assign(COORDINATOR_SOITE, new AssignExpertCommand(orderId, OLLI.expertId()));

        assertThat(orders.get(orderId).state()).isEqualTo(OrderState.OFFERED);
        assertThat(orders.get(orderId).assignment(offered).declineReason()).isEqualTo("Travelling that week");
        assertThat(orders.eventTypes(orderId)).containsSubsequence(OrderEvent.Type.ASSIGNMENT_DECLINED, OrderEvent.Type.EXPERT_ASSIGNED);
    }

    @Test
    void workIsReportedOnlyAfterAcceptingAndOnlyByTheExpert() {
        ReportWorkCommand work = new ReportWorkCommand(orderId, offered, new WorkReport(1, 60));
        assertThatThrownBy(() -> report.report(EXPERT_SOITE, work)).hasFieldOrPropertyWithValue("code", "illegal-transition");

        accept.accept(EXPERT_SOITE, step());
        assertThatThrownBy(() -> report.report(EXPERT_OTHER, work)).hasFieldOrPropertyWithValue("code", "not-assigned-expert");
        assertThatThrownBy(() -> report.report(ORDERER_SOITE, work)).hasFieldOrPropertyWithValue("code", "role-required");
        assertThat(orders.get(orderId).state()).isEqualTo(OrderState.ACCEPTED);
    }

    @Test
    void onlyTheOrderingUnitApprovesAndOnlyReportedWork() {
        accept.accept(EXPERT_SOITE, step());
        assertThatThrownBy(() -> approve.approve(ORDERER_SOITE, step())).hasFieldOrPropertyWithValue("code", "illegal-transition");

        report.report(EXPERT_SOITE, new ReportWorkCommand(orderId, offered, new WorkReport(1, 60)));
        assertThatThrownBy(() -> approve.approve(ORDERER_SOITE_OTHER_UNIT, step())).hasFieldOrPropertyWithValue("code", "other-unit");
        assertThatThrownBy(() -> approve.approve(ORDERER_ITU, step())).hasFieldOrPropertyWithValue("code", "other-unit");
        assertThatThrownBy(() -> approve.approve(actor("orderer.x", Role.ORDERER, ITU, SOITE_UNIT), step()))
                .hasFieldOrPropertyWithValue("code", "other-unit");
        assertThatThrownBy(() -> approve.approve(COORDINATOR_SOITE, step())).hasFieldOrPropertyWithValue("code", "role-required");
        assertThatThrownBy(() -> approve.approve(EXPERT_SOITE, step())).hasFieldOrPropertyWithValue("code", "role-required");
        assertThat(orders.get(orderId).state()).isEqualTo(OrderState.REPORTED);
    }

    @Test
    void anUnknownAssignmentIsNotFound() {
        assertThatThrownBy(() -> accept.accept(EXPERT_SOITE, new AssignmentCommand(orderId, AssignmentId.newId())))
                .hasFieldOrPropertyWithValue("code", "assignment-not-found");
    }

    private AssignmentCommand step() {
        return new AssignmentCommand(orderId, offered);
    }

    private void assertStillOffered() {
        assertThat(orders.get(orderId).state()).isEqualTo(OrderState.OFFERED);
        assertThat(orders.eventTypes(orderId)).containsExactly(OrderEvent.Type.PLACED, OrderEvent.Type.EXPERT_ASSIGNED);
    }
}
