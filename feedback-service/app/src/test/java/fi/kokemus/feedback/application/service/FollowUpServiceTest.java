package fi.kokemus.feedback.application.service;

import static fi.kokemus.feedback.application.service.FeedbackReadingServiceTest.actor;
import static fi.kokemus.feedback.application.service.FeedbackReadingServiceTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.FollowUpNote;
import fi.kokemus.feedback.domain.NoteLanguage;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.feedback.fakes.AnsweredTasks;
import fi.kokemus.feedback.fakes.InMemoryFeedbackTaskRepository;
import fi.kokemus.feedback.fakes.InMemoryFollowUpNotes;
import fi.kokemus.feedback.fakes.SampleWork;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.platform.test.MutableClock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FollowUpServiceTest {

    private static final Actor ORDERER = actor("orderer.soite", Role.ORDERER, SampleWork.COUNTY, SampleWork.UNIT);
    private static final Actor COORDINATOR = actor("coordinator.soite", Role.COORDINATOR, SampleWork.COUNTY, null);
    private static final Map<String, String> NOTE = Map.of("fi", "Palautteen pohjalta muutimme perehdytystä.");

    private final InMemoryFeedbackTaskRepository tasks = new InMemoryFeedbackTaskRepository();
    private final MutableClock clock = new MutableClock(SampleWork.STARTS_AT.plus(Duration.ofDays(3)));
    private final AnsweredTasks world = new AnsweredTasks(tasks, clock);
    private final InMemoryFollowUpNotes notes = new InMemoryFollowUpNotes();
    private final FollowUpService service = new FollowUpService(tasks, notes, clock);

    @Test
    void theUnitRecordsAndTheCoordinatorReplacesTheNote() {
        FeedbackTask task = lecture();

        FollowUpNote first = service.record(ORDERER, task.id(), NOTE);
        clock.advance(Duration.ofHours(1));
        FollowUpNote second = service.record(COORDINATOR, task.id(), Map.of("sv", "Vi ändrade introduktionen."));

        assertThat(first).isEqualTo(new FollowUpNote(task.id(), Map.of(NoteLanguage.FI,
                "Palautteen pohjalta muutimme perehdytystä."), "orderer.soite", clock.instant().minus(Duration.ofHours(1)), 1));
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.recordedBy()).isEqualTo("coordinator.soite");
        assertThat(notes.find(task.id())).contains(second);
    }

    @Test
    void theExpertOtherUnitsAndCountiesMayNotRecordAndNothingIsStored() {
        FeedbackTask task = lecture();
        Actor[] refused = {
            actor(SampleWork.EXPERT_USERNAME, Role.EXPERT, SampleWork.COUNTY, "ngo-keski"),
            actor("orderer.soite.other", Role.ORDERER, SampleWork.COUNTY, "soite-child-unit"),
            actor("coordinator.itu", Role.COORDINATOR, "ita-uusimaa", null),
            actor("admin", Role.ADMIN, null, null),
        };
        for (Actor actor : refused) {
            assertProblem(() -> service.record(actor, task.id(), NOTE), DomainProblem.Kind.FORBIDDEN, "not-your-follow-up");
        }
        assertThat(notes.find(task.id())).isEmpty();
    }

    @Test
    void aBadNoteOrAnUnknownTaskChangesNothing() {
        FeedbackTask task = lecture();
        service.record(ORDERER, task.id(), NOTE);

        assertProblem(() -> service.record(ORDERER, task.id(), Map.of("fi", "x".repeat(FollowUpNote.MAX_LENGTH + 1))),
                DomainProblem.Kind.INVALID, "follow-up-text-too-long");
        assertProblem(() -> service.record(ORDERER, new TaskId("task-unknown--s-1"), NOTE),
                DomainProblem.Kind.NOT_FOUND, "feedback-task-not-found");

        assertThat(notes.find(task.id())).hasValueSatisfying(note -> assertThat(note.revision()).isEqualTo(1));
    }

    @Test
    void theAudienceLinkShowsTheNoteAndAPersonalLinkOnceAnswered() {
        FeedbackTask task = lecture();
        assertThat(service.forLink(world.token(task, Respondent.LISTENER))).isEmpty();
        FollowUpNote note = service.record(ORDERER, task.id(), NOTE);

        assertThat(service.forLink(world.token(task, Respondent.LISTENER))).contains(note);
        assertThat(service.forLink(world.token(task, Respondent.ORDERER))).isEmpty();

        world.answer(task, Respondent.ORDERER, Map.of("overall", "5", "goals-met", "5", "cooperation", "5"));

        assertThat(service.forLink(world.token(task, Respondent.ORDERER))).contains(note);
        assertThat(service.forLink(world.token(task, Respondent.SELF_ASSESSMENT))).isEmpty();
        assertThat(service.forLink("not-a-token")).isEmpty();
    }

    private FeedbackTask lecture() {
        String assignment = "a-" + UUID.randomUUID();
        return world.held(SampleWork.work("order-" + assignment, assignment, "s-1", false));
    }
}
