package fi.kokemus.feedback.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.feedback.domain.FollowUpNote;
import fi.kokemus.feedback.domain.NoteLanguage;
import fi.kokemus.feedback.domain.TaskId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link FollowUpNotes} does. */
public abstract class FollowUpNotesContract {

    private static final Instant RECORDED_AT = Instant.parse("2026-04-02T07:30:00Z");

    protected abstract FollowUpNotes notes();

    @Test
    void keepsANoteWithEveryLanguageWhoAndWhen() {
        FollowUpNote note = new FollowUpNote(newTaskId(), Map.of(NoteLanguage.FI, "Otimme palautteen käyttöön.",
                NoteLanguage.SV, "Vi tog responsen i bruk."), "orderer.soite", RECORDED_AT, 1);

        notes().save(note);

        assertThat(notes().find(note.taskId())).contains(note);
    }

    @Test
    void aNewWordingReplacesTheOld() {
        TaskId taskId = newTaskId();
        notes().save(new FollowUpNote(taskId, Map.of(NoteLanguage.FI, "Ensimmäinen"), "orderer.soite", RECORDED_AT, 1));
        FollowUpNote replacement = new FollowUpNote(taskId, Map.of(NoteLanguage.EN, "Second"), "coordinator.soite",
                RECORDED_AT.plusSeconds(3600), 2);

        notes().save(replacement);

        assertThat(notes().find(taskId)).contains(replacement);
    }

    @Test
    void findsTheNotesOfThoseTasksThatHaveOne() {
        FollowUpNote first = new FollowUpNote(newTaskId(), Map.of(NoteLanguage.FI, "Yksi"), "orderer.soite", RECORDED_AT, 1);
        FollowUpNote second = new FollowUpNote(newTaskId(), Map.of(NoteLanguage.FI, "Kaksi"), "orderer.soite", RECORDED_AT, 1);
        notes().save(first);
        notes().save(second);
        TaskId withoutNote = newTaskId();

        assertThat(notes().findAll(List.of(first.taskId(), withoutNote, second.taskId())))
                .isEqualTo(Map.of(first.taskId(), first, second.taskId(), second));
        assertThat(notes().find(withoutNote)).isEmpty();
        assertThat(notes().findAll(List.of())).isEmpty();
    }

    private static TaskId newTaskId() {
        return new TaskId("task-" + UUID.randomUUID() + "--s-1");
    }
}
