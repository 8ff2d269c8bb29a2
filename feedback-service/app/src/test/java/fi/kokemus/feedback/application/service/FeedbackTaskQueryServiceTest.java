package fi.kokemus.feedback.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fi.kokemus.feedback.application.port.in.FeedbackTaskView;
import fi.kokemus.feedback.application.port.in.FeedbackTaskView.RequestView;
import fi.kokemus.feedback.domain.FeedbackAnswer;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.LinkState;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.feedback.fakes.InMemoryFeedbackTaskRepository;
import fi.kokemus.platform.test.MutableClock;
import fi.kokemus.feedback.fakes.SampleWork;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedbackTaskQueryServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-12T09:00:00Z");
    private static final TaskId TASK_A1 = new TaskId("task-a-1--s-1");
    private static final Actor ORDERER = actor("orderer.soite", Role.ORDERER, SampleWork.COUNTY, SampleWork.UNIT);
    private static final Actor EXPERT = actor(SampleWork.EXPERT_USERNAME, Role.EXPERT, null, "ngo-keski");
    private static final Actor COORDINATOR = actor("coordinator.soite", Role.COORDINATOR, SampleWork.COUNTY, null);

    private final InMemoryFeedbackTaskRepository tasks = new InMemoryFeedbackTaskRepository();
    private final MutableClock clock = new MutableClock(NOW);
    private final FeedbackTaskQueryService service = new FeedbackTaskQueryService(tasks, SampleWork.linkKeys(), clock);

    @BeforeEach
    void openTasks() {
        FollowOrderingServiceTest.heldLectureWithTwoExperts(tasks, clock);
    }

    @Test
    void theOrdererGetsTheOrderersAndListenersLinksOfEveryTaskOfTheOrder() {
        assertThat(service.tasksOfOrder(ORDERER, "order-1")).hasSize(2).allSatisfy(view ->
                assertThat(respondentsWithLinks(view)).containsExactly(Respondent.LISTENER, Respondent.ORDERER));
    }

    @Test
    void theExpertGetsOnlyTheirOwnTaskWithSelfAssessmentAndListenerLinks() {
        assertThat(service.tasksOfOrder(EXPERT, "order-1")).singleElement().satisfies(view -> {
            assertThat(view.id()).isEqualTo(TASK_A1);
            assertThat(respondentsWithLinks(view)).containsExactly(Respondent.LISTENER, Respondent.SELF_ASSESSMENT);
        });
    }

    @Test
    void theCoordinatorSeesRequestsStatesAndAnswerCountsButNoLinks() {
        FeedbackTask task = tasks.find(TASK_A1).orElseThrow();
        tasks.update(task.answer(task.request(Respondent.ORDERER).orElseThrow().tokenHash(),
                new FeedbackAnswer("orderer", 1, Map.of("overall", 5), Map.of(), NOW)), Optional.empty());

        FeedbackTaskView view = service.task(COORDINATOR, TASK_A1);

        assertThat(view.requests()).extracting(RequestView::respondent, RequestView::state, RequestView::answers)
                .containsExactly(
                        tuple(Respondent.LISTENER, LinkState.OPEN, 0),
                        tuple(Respondent.ORDERER, LinkState.USED, 1),
                        tuple(Respondent.SELF_ASSESSMENT, LinkState.OPEN, 0));
        assertThat(respondentsWithLinks(view)).isEmpty();
    }

    @Test
    void statesAreAsOfNow() {
        clock.advance(Duration.ofDays(31));

        assertThat(service.task(ORDERER, TASK_A1).requests())
                .extracting(RequestView::state).containsOnly(LinkState.EXPIRED);
    }

    @Test
    void othersAreRefused() {
        Actor otherUnit = actor("orderer.itu", Role.ORDERER, "ita-uusimaa", "itu-social-work-unit");
        Actor otherCountyCoordinator = actor("coordinator.itu", Role.COORDINATOR, "ita-uusimaa", null);

        assertForbidden(() -> service.task(otherUnit, TASK_A1));
        assertForbidden(() -> service.tasksOfOrder(otherUnit, "order-1"));
        assertForbidden(() -> service.tasksOfOrder(otherCountyCoordinator, "order-1"));
        assertForbidden(() -> service.task(actor("expert.itu", Role.EXPERT, null, "ngo-ita"), TASK_A1));
    }

    @Test
    void anOrderWithoutTasksHasNoneToShow() {
        assertThat(service.tasksOfOrder(ORDERER, "order-without-tasks")).isEmpty();
    }

    @Test
    void anUnknownTaskIsNotFoundAndAMissingOrderIsInvalid() {
        assertThatThrownBy(() -> service.task(ORDERER, new TaskId("task-unknown")))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.NOT_FOUND));
        assertThatThrownBy(() -> service.tasksOfOrder(ORDERER, " "))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.INVALID);
                    assertThat(problem.field()).isEqualTo("orderId");
                });
    }

    private static void assertForbidden(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.FORBIDDEN));
    }

    private static List<Respondent> respondentsWithLinks(FeedbackTaskView view) {
        return view.requests().stream().filter(request -> request.link().isPresent()).map(RequestView::respondent).toList();
    }

    private static Actor actor(String username, Role role, String county, String organisation) {
        return new Actor("sub-" + username, username, Set.of(role), county, organisation);
    }
}
