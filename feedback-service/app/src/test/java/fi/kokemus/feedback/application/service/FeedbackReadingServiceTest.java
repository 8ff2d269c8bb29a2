package fi.kokemus.feedback.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.feedback.application.port.in.ExpertFeedbackPage;
import fi.kokemus.feedback.application.port.in.TaskFeedbackView;
import fi.kokemus.feedback.domain.AnswerSummary;
import fi.kokemus.feedback.domain.Disclosure;
import fi.kokemus.feedback.domain.FeedbackReader;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.FollowUpNote;
import fi.kokemus.feedback.domain.FreeTextScreen;
import fi.kokemus.feedback.domain.NoteLanguage;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.RespondentFeedback;
import fi.kokemus.feedback.domain.SessionWork;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.feedback.fakes.AnsweredTasks;
import fi.kokemus.feedback.fakes.InMemoryExpertTasks;
import fi.kokemus.feedback.fakes.InMemoryFeedbackTaskRepository;
import fi.kokemus.feedback.fakes.InMemoryFollowUpNotes;
import fi.kokemus.feedback.fakes.SampleWork;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.platform.test.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class FeedbackReadingServiceTest {

    private static final Actor EXPERT = actor(SampleWork.EXPERT_USERNAME, Role.EXPERT, SampleWork.COUNTY, "ngo-keski");
    private static final Actor ORDERER = actor("orderer.soite", Role.ORDERER, SampleWork.COUNTY, SampleWork.UNIT);
    private static final Actor COORDINATOR = actor("coordinator.soite", Role.COORDINATOR, SampleWork.COUNTY, null);
    private static final Map<String, String> ORDERER_ANSWER =
            Map.of("overall", "4", "goals-met", "5", "cooperation", "4", "comment", "Soittakaa 040 123 4567");
    private static final Map<String, String> SELF_ASSESSMENT = Map.of("overall", "3", "preparation", "2",
            "to-improve", "Tarvitsen tukea valmisteluun");

    private final InMemoryFeedbackTaskRepository tasks = new InMemoryFeedbackTaskRepository();
    private final MutableClock clock = new MutableClock(SampleWork.STARTS_AT.plus(Duration.ofHours(3)));
    private final AnsweredTasks world = new AnsweredTasks(tasks, clock);
    private final InMemoryFollowUpNotes notes = new InMemoryFollowUpNotes();
    private final FeedbackReadingService service =
            new FeedbackReadingService(tasks, new InMemoryExpertTasks(tasks), notes, 5);

    @Test
    void theExpertReadsTheOrderersAnswerAndTheirOwnButTheAudienceOnlyFromFiveOn() {
        FeedbackTask task = lectureWithAnswers(4);

        TaskFeedbackView view = service.taskFeedback(EXPERT, task.id());

        assertThat(view.feedback().reader()).isEqualTo(FeedbackReader.EXPERT);
        RespondentFeedback listeners = group(view, Respondent.LISTENER);
        assertThat(listeners.answers()).isEqualTo(4);
        assertThat(listeners.forms()).singleElement()
                .satisfies(form -> assertThat(form.summary()).isEqualTo(new AnswerSummary.Withheld(5)));
        assertThat(shown(group(view, Respondent.ORDERER)).texts())
                .containsExactly("Soittakaa " + FreeTextScreen.PHONE);
        assertThat(shown(group(view, Respondent.SELF_ASSESSMENT)).ratings().get("preparation").mean()).isEqualTo(2.0);

        world.answer(task, Respondent.LISTENER, Map.of("overall", "5"));

        AnswerSummary.Shown audience = shown(group(service.taskFeedback(EXPERT, task.id()), Respondent.LISTENER));
        assertThat(audience.count()).isEqualTo(5);
        assertThat(audience.ratings().get("overall").distribution()).containsEntry(5, 1).containsEntry(3, 4);
    }

    @Test
    void theUnitSeesThatTheSelfAssessmentCameButNotWhatItSays() {
        FeedbackTask task = lectureWithAnswers(5);

        RespondentFeedback self = group(service.taskFeedback(ORDERER, task.id()), Respondent.SELF_ASSESSMENT);

        assertThat(self).isEqualTo(new RespondentFeedback(Respondent.SELF_ASSESSMENT, 1, Disclosure.COUNT_ONLY,
                List.of()));
        assertThat(shown(group(service.taskFeedback(COORDINATOR, task.id()), Respondent.SELF_ASSESSMENT)).texts())
                .containsExactly("Tarvitsen tukea valmisteluun");
    }

    @Test
    void aClientsSingleAnswerIsNeverShownPerTask() {
        FeedbackTask clientWork = world.held(clientWork("a-client"));
        world.answer(clientWork, Respondent.CLIENT, Map.of("overall", "1", "heard", "1", "comment", "En tullut kuulluksi"));

        for (Actor reader : new Actor[] {EXPERT, ORDERER, COORDINATOR}) {
            RespondentFeedback client = group(service.taskFeedback(reader, clientWork.id()), Respondent.CLIENT);
            assertThat(client.answers()).isEqualTo(1);
            assertThat(client.forms()).singleElement()
                    .satisfies(form -> assertThat(form.summary()).isEqualTo(new AnswerSummary.Withheld(5)));
        }
    }

    @Test
    void theTaskShowsTheUnitsNote() {
        FeedbackTask task = lectureWithAnswers(0);
        FollowUpNote note = new FollowUpNote(task.id(), Map.of(NoteLanguage.FI, "Muutimme ohjeita."), "orderer.soite",
                clock.instant(), 1);
        notes.save(note);

        assertThat(service.taskFeedback(EXPERT, task.id()).followUp()).contains(note);
        assertThat(service.taskFeedback(ORDERER, lectureWithAnswers(0).id()).followUp()).isEmpty();
    }

    @Test
    void othersAreRefusedAndUnknownTasksAreNotFound() {
        FeedbackTask task = lectureWithAnswers(1);

        assertProblem(() -> service.taskFeedback(actor("expert.itu", Role.EXPERT, "ita-uusimaa", "ngo-ita"), task.id()),
                DomainProblem.Kind.FORBIDDEN, "not-your-feedback");
        assertProblem(() -> service.taskFeedback(actor("admin", Role.ADMIN, null, null), task.id()),
                DomainProblem.Kind.FORBIDDEN, "not-your-feedback");
        assertProblem(() -> service.taskFeedback(EXPERT, new TaskId("task-unknown--s-1")),
                DomainProblem.Kind.NOT_FOUND, "feedback-task-not-found");
    }

    @Test
    void theMinimumIsConfigurable() {
        FeedbackTask task = lectureWithAnswers(3);
        FeedbackReadingService lowerMinimum = new FeedbackReadingService(tasks, new InMemoryExpertTasks(tasks), notes, 3);

        assertThat(shown(group(lowerMinimum.taskFeedback(EXPERT, task.id()), Respondent.LISTENER)).count()).isEqualTo(3);
    }

    @Test
    void theExpertPagesTheirOwnTasksNewestFirstWithTheirNotes() {
        FeedbackTask older = world.held(lecture("a-older", Duration.ZERO));
        FeedbackTask newer = world.held(lecture("a-newer", Duration.ofDays(7)));
        world.held(new SessionWork("order-other", "s-1", "a-other", "expert-eero", "expert.eero", SampleWork.COUNTY,
                SampleWork.UNIT, "LECTURE_REGIONAL", "PROFESSIONALS", false, SampleWork.STARTS_AT.plus(Duration.ofDays(9))));
        notes.save(new FollowUpNote(older.id(), Map.of(NoteLanguage.FI, "Kiitos"), "orderer.soite", clock.instant(), 1));

        ExpertFeedbackPage first = service.ownFeedback(EXPERT, 0, 1);
        ExpertFeedbackPage second = service.ownFeedback(EXPERT, 1, 1);

        assertThat(first.total()).isEqualTo(2);
        assertThat(first.tasks()).singleElement().satisfies(view -> {
            assertThat(view.feedback().taskId()).isEqualTo(newer.id());
            assertThat(view.followUp()).isEmpty();
        });
        assertThat(second.tasks()).singleElement().satisfies(view -> {
            assertThat(view.feedback().taskId()).isEqualTo(older.id());
            assertThat(view.followUp()).isPresent();
        });
    }

    @Test
    void clientsAnswersArePooledAcrossTheExpertsTasksFromTheMinimumOn() {
        for (int i = 0; i < 4; i++) {
            world.answer(world.held(clientWork("a-client-" + i)), Respondent.CLIENT,
                    Map.of("overall", "4", "heard", "5", "comment", "Mukava, aino@example.org"));
        }
        assertThat(service.ownFeedback(EXPERT, 0, 10).clientsAcrossTasks().forms()).singleElement()
                .satisfies(form -> assertThat(form.summary()).isEqualTo(new AnswerSummary.Withheld(5)));

        world.answer(world.held(clientWork("a-client-4")), Respondent.CLIENT, Map.of("overall", "2", "heard", "3"));

        RespondentFeedback pooled = service.ownFeedback(EXPERT, 0, 10).clientsAcrossTasks();
        assertThat(pooled.answers()).isEqualTo(5);
        AnswerSummary.Shown shown = shown(pooled);
        assertThat(shown.ratings().get("overall").mean()).isEqualTo(3.6);
        assertThat(shown.texts()).hasSize(4).containsOnly("Mukava, " + FreeTextScreen.EMAIL);
    }

    @Test
    void onlyExpertsHaveOwnFeedbackAndPagesAreBounded() {
        assertProblem(() -> service.ownFeedback(ORDERER, 0, 10), DomainProblem.Kind.FORBIDDEN, "role-required");
        assertProblem(() -> service.ownFeedback(EXPERT, -1, 10), DomainProblem.Kind.INVALID, "invalid-page");
        assertProblem(() -> service.ownFeedback(EXPERT, Integer.MAX_VALUE, 50), DomainProblem.Kind.INVALID, "invalid-page");
        assertProblem(() -> service.ownFeedback(EXPERT, 0, 0), DomainProblem.Kind.INVALID, "invalid-page-size");
        assertProblem(() -> service.ownFeedback(EXPERT, 0, 51), DomainProblem.Kind.INVALID, "invalid-page-size");
    }

    private FeedbackTask lectureWithAnswers(int listeners) {
        FeedbackTask task = world.held(lecture("a-" + UUID.randomUUID(), Duration.ZERO));
        for (int i = 0; i < listeners; i++) {
            world.answer(task, Respondent.LISTENER, Map.of("overall", "3", "comment", "Kiitos " + i));
        }
        world.answer(task, Respondent.ORDERER, ORDERER_ANSWER);
        world.answer(task, Respondent.SELF_ASSESSMENT, SELF_ASSESSMENT);
        return task;
    }

    private static SessionWork lecture(String assignmentId, Duration later) {
        SessionWork work = SampleWork.work("order-" + assignmentId, assignmentId, "s-1", false);
        return work.movedTo(work.startsAt().plus(later));
    }

    private static SessionWork clientWork(String assignmentId) {
        return SampleWork.work("order-" + assignmentId, assignmentId, "s-1", true);
    }

    private static RespondentFeedback group(TaskFeedbackView view, Respondent respondent) {
        return view.feedback().respondents().stream().filter(group -> group.respondent() == respondent).findFirst()
                .orElseThrow();
    }

    private static AnswerSummary.Shown shown(RespondentFeedback group) {
        assertThat(group.forms()).hasSize(1);
        return (AnswerSummary.Shown) group.forms().get(0).summary();
    }

    static Actor actor(String username, Role role, String county, String organisation) {
        return new Actor("sub-" + username, username, Set.of(role), county, organisation);
    }

    static void assertProblem(ThrowingCallable call, DomainProblem.Kind kind, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainProblem.class, problem -> {
            assertThat(problem.kind()).isEqualTo(kind);
            assertThat(problem.code()).isEqualTo(code);
        });
    }
}
