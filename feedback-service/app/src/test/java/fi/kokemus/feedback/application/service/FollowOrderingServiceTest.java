package fi.kokemus.feedback.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.kokemus.feedback.application.port.in.ConfirmedOrder;
import fi.kokemus.feedback.application.port.in.ConfirmedOrder.Participant;
import fi.kokemus.feedback.application.port.in.ConfirmedOrder.PlannedSession;
import fi.kokemus.feedback.application.port.in.ReportedSession;
import fi.kokemus.feedback.domain.FeedbackRequest;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.LinkState;
import fi.kokemus.feedback.domain.OrderFacts;
import fi.kokemus.feedback.domain.RequestsOpened;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.SessionOutcomeKind;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.feedback.fakes.InMemoryFeedbackTaskRepository;
import fi.kokemus.feedback.fakes.InMemoryOrderFactsRepository;
import fi.kokemus.feedback.fakes.SampleWork;
import fi.kokemus.platform.test.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FollowOrderingServiceTest {

    static final FollowOrderingService.Validity VALIDITY =
            new FollowOrderingService.Validity(Duration.ofDays(14), Duration.ofDays(30));
    private static final Instant CONFIRMED_AT = SampleWork.STARTS_AT.minus(Duration.ofDays(7));
    private static final Instant SECOND_SESSION = SampleWork.STARTS_AT.plus(Duration.ofDays(7));

    private final InMemoryFeedbackTaskRepository tasks = new InMemoryFeedbackTaskRepository();
    private final InMemoryOrderFactsRepository orders = new InMemoryOrderFactsRepository();
    private final MutableClock clock = new MutableClock(CONFIRMED_AT);
    private final FollowOrderingService service = service(tasks, orders, clock);

    @Test
    void confirmationCreatesOneTaskPerExpertAndSessionWithTheAudienceLinkOnce() {
        service.orderPlaced(new OrderFacts("order-1", "GROUP_CO_LEADING", "CLIENTS", false));

        assertThat(service.orderConfirmed(groupOrder())).isEqualTo(4);
        assertThat(service.orderConfirmed(groupOrder())).isZero();

        assertThat(tasks.findByOrder("order-1")).extracting(task -> task.id().value()).containsExactlyInAnyOrder(
                "task-a-1--s-1", "task-a-1--s-2", "task-a-2--s-1", "task-a-2--s-2");
        assertThat(tasks.findByOrder("order-1")).allSatisfy(task -> {
            assertThat(task.work().taskType()).isEqualTo("GROUP_CO_LEADING");
            assertThat(task.requests()).extracting(FeedbackRequest::respondent).containsExactly(Respondent.LISTENER);
        });
        assertThat(tasks.published()).hasSize(4).allSatisfy(opened ->
                assertThat(opened.respondents()).containsExactly(Respondent.LISTENER));
    }

    @Test
    void aHeldSessionOpensThePersonalRequestsOnceHoweverOftenItIsReported() {
        service.orderPlaced(new OrderFacts("order-1", "GROUP_CO_LEADING", "CLIENTS", false));
        service.orderConfirmed(groupOrder());
        clock.set(SampleWork.STARTS_AT.plus(Duration.ofHours(3)));

        assertThat(service.sessionReported(report("a-1", "s-1", SessionOutcomeKind.HELD))).isTrue();
        assertThat(service.sessionReported(report("a-1", "s-1", SessionOutcomeKind.HELD))).isFalse();

        assertThat(task("a-1", "s-1").requests()).extracting(FeedbackRequest::respondent)
                .containsExactly(Respondent.LISTENER, Respondent.ORDERER, Respondent.SELF_ASSESSMENT);
        assertThat(task("a-1", "s-2").requests()).hasSize(1);
        assertThat(tasks.published()).filteredOn(opened -> opened.sessionId().equals("s-1")
                        && opened.taskId().equals(new TaskId("task-a-1--s-1")))
                .extracting(RequestsOpened::respondents)
                .containsExactly(Set.of(Respondent.LISTENER), Set.of(Respondent.ORDERER, Respondent.SELF_ASSESSMENT));
    }

    @Test
    void oneToOneClientWorkAsksTheClientAfterAHeldSessionAndOnlyTheOrdererAfterANoShow() {
        service.orderPlaced(new OrderFacts("order-1", "CLIENT_SUPPORT", "CLIENTS", true));
        service.orderConfirmed(groupOrder());

        service.sessionReported(report("a-1", "s-1", SessionOutcomeKind.HELD));
        service.sessionReported(report("a-1", "s-2", SessionOutcomeKind.CLIENT_NO_SHOW));

        assertThat(task("a-1", "s-1").requests()).extracting(FeedbackRequest::respondent)
                .containsExactly(Respondent.ORDERER, Respondent.CLIENT, Respondent.SELF_ASSESSMENT);
        assertThat(task("a-1", "s-2").requests()).extracting(FeedbackRequest::respondent)
                .containsExactly(Respondent.ORDERER);
    }

    @Test
    void aSessionReportedWithoutASeenConfirmationStillGetsItsTask() {
        assertThat(service.sessionReported(report("a-9", "s-1", SessionOutcomeKind.HELD))).isTrue();

        assertThat(task("a-9", "s-1").requests()).extracting(FeedbackRequest::respondent)
                .containsExactly(Respondent.LISTENER, Respondent.ORDERER, Respondent.SELF_ASSESSMENT);
    }

    @Test
    void reschedulingMovesTheAudienceWindowOfThatSessionForEveryExpert() {
        service.orderPlaced(new OrderFacts("order-1", "GROUP_CO_LEADING", "CLIENTS", false));
        service.orderConfirmed(groupOrder());
        Instant moved = SampleWork.STARTS_AT.plus(Duration.ofDays(2));

        service.sessionRescheduled("order-1", "s-1", moved);
        service.sessionRescheduled("order-1", "s-1", moved);

        assertThat(List.of(task("a-1", "s-1"), task("a-2", "s-1"))).allSatisfy(task -> {
            assertThat(task.work().startsAt()).isEqualTo(moved);
            assertThat(task.request(Respondent.LISTENER).orElseThrow().opensAt()).isEqualTo(moved);
            assertThat(task.version()).isEqualTo(2);
        });
        assertThat(task("a-1", "s-2").request(Respondent.LISTENER).orElseThrow().opensAt()).isEqualTo(SECOND_SESSION);
    }

    @Test
    void cancellationClosesTheLinksOfTheCancelledSessionsOnly() {
        service.orderPlaced(new OrderFacts("order-1", "GROUP_CO_LEADING", "CLIENTS", false));
        service.orderConfirmed(groupOrder());

        service.sessionsCancelled("order-1", Set.of("s-2"));

        assertThat(tasks.findByOrder("order-1"))
                .extracting(task -> task.work().sessionId(),
                        task -> task.request(Respondent.LISTENER).orElseThrow().state(SampleWork.STARTS_AT))
                .containsExactlyInAnyOrder(
                        tuple("s-1", LinkState.OPEN), tuple("s-2", LinkState.CLOSED),
                        tuple("s-1", LinkState.OPEN), tuple("s-2", LinkState.CLOSED));
    }

    /** Two experts gave one held lecture session: each expert's task has its audience and personal links. */
    static void heldLectureWithTwoExperts(InMemoryFeedbackTaskRepository tasks, Clock clock) {
        FollowOrderingService service = service(tasks, new InMemoryOrderFactsRepository(), clock);
        service.orderPlaced(new OrderFacts("order-1", "LECTURE_REGIONAL", "PROFESSIONALS", false));
        service.orderConfirmed(new ConfirmedOrder("order-1", SampleWork.COUNTY, SampleWork.UNIT,
                List.of(new Participant("a-1", "expert-aino", SampleWork.EXPERT_USERNAME),
                        new Participant("a-2", "expert-eero", "expert.eero")),
                List.of(new PlannedSession("s-1", SampleWork.STARTS_AT))));
        service.sessionReported(new ReportedSession("order-1", SampleWork.COUNTY, SampleWork.UNIT, "s-1", "a-1",
                "expert-aino", SampleWork.EXPERT_USERNAME, "LECTURE_REGIONAL", "PROFESSIONALS", SampleWork.STARTS_AT,
                SessionOutcomeKind.HELD));
        service.sessionReported(new ReportedSession("order-1", SampleWork.COUNTY, SampleWork.UNIT, "s-1", "a-2",
                "expert-eero", "expert.eero", "LECTURE_REGIONAL", "PROFESSIONALS", SampleWork.STARTS_AT,
                SessionOutcomeKind.HELD));
    }

    private static FollowOrderingService service(InMemoryFeedbackTaskRepository tasks,
            InMemoryOrderFactsRepository orders, Clock clock) {
        return new FollowOrderingService(tasks, orders, SampleWork.linkKeys(), clock, VALIDITY);
    }

    private static ConfirmedOrder groupOrder() {
        return new ConfirmedOrder("order-1", SampleWork.COUNTY, SampleWork.UNIT,
                List.of(new Participant("a-1", "expert-aino", SampleWork.EXPERT_USERNAME),
                        new Participant("a-2", "expert-eero", "expert.eero")),
                List.of(new PlannedSession("s-1", SampleWork.STARTS_AT), new PlannedSession("s-2", SECOND_SESSION)));
    }

    private static ReportedSession report(String assignmentId, String sessionId, SessionOutcomeKind outcome) {
        return new ReportedSession("order-1", SampleWork.COUNTY, SampleWork.UNIT, sessionId, assignmentId,
                "expert-aino", SampleWork.EXPERT_USERNAME, "GROUP_CO_LEADING", "CLIENTS",
                sessionId.equals("s-1") ? SampleWork.STARTS_AT : SECOND_SESSION, outcome);
    }

    private FeedbackTask task(String assignmentId, String sessionId) {
        return tasks.find(new TaskId("task-" + assignmentId + "--" + sessionId)).orElseThrow();
    }
}
