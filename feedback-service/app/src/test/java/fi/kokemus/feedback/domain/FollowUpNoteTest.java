package fi.kokemus.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class FollowUpNoteTest {

    private static final TaskId TASK = new TaskId("task-a-1--s-1");
    private static final Instant NOW = Instant.parse("2026-04-02T07:30:00Z");

    @Test
    void aFirstNoteIsRevisionOneWithWhoAndWhen() {
        FollowUpNote note = FollowUpNote.record(TASK, Map.of("fi", "  Lisäsimme kokemusasiantuntijan perehdytykseen.\n"),
                "orderer.soite", NOW, Optional.empty());

        assertThat(note).isEqualTo(new FollowUpNote(TASK, Map.of(NoteLanguage.FI,
                "Lisäsimme kokemusasiantuntijan perehdytykseen."), "orderer.soite", NOW, 1));
    }

    @Test
    void aReplacementCountsTheRevisionOn() {
        FollowUpNote first = FollowUpNote.record(TASK, Map.of("fi", "Eka"), "orderer.soite", NOW, Optional.empty());

        FollowUpNote second = FollowUpNote.record(TASK, Map.of("sv", "Andra"), "coordinator.soite", NOW.plusSeconds(60),
                Optional.of(first));

        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.texts()).isEqualTo(Map.of(NoteLanguage.SV, "Andra"));
        assertThat(second.recordedBy()).isEqualTo("coordinator.soite");
    }

    @Test
    void contactDetailsAndIdentityCodesAreMaskedBeforeTheNoteIsKept() {
        FollowUpNote note = FollowUpNote.record(TASK, Map.of("en", "Ask Aino on 040 123 4567, aino@example.org, 010190-123A"),
                "orderer.soite", NOW, Optional.empty());

        assertThat(note.texts().get(NoteLanguage.EN)).isEqualTo("Ask Aino on " + FreeTextScreen.PHONE + ", "
                + FreeTextScreen.EMAIL + ", " + FreeTextScreen.IDENTITY_CODE);
    }

    @Test
    void aPageGetsItsOwnLanguageElseTheFirstOfFinnishSwedishEnglish() {
        FollowUpNote note = FollowUpNote.record(TASK, Map.of("sv", "Svenska", "en", "English"), "orderer.itu", NOW,
                Optional.empty());

        assertThat(note.textFor(NoteLanguage.EN)).isEqualTo(new FollowUpNote.LocalisedText(NoteLanguage.EN, "English"));
        assertThat(note.textFor(NoteLanguage.FI)).isEqualTo(new FollowUpNote.LocalisedText(NoteLanguage.SV, "Svenska"));
    }

    @Test
    void badTextsAreRefusedNamingTheField() {
        Map<String, String> blank = new HashMap<>();
        blank.put("fi", null);
        assertInvalid(() -> record(null), "follow-up-text-required", "texts");
        assertInvalid(() -> record(Map.of()), "follow-up-text-required", "texts");
        assertInvalid(() -> record(Map.of("fi", "  \n")), "follow-up-text-required", "texts.fi");
        assertInvalid(() -> record(blank), "follow-up-text-required", "texts.fi");
        assertInvalid(() -> record(Map.of("de", "Deutsch")), "follow-up-language-unknown", "texts.de");
        assertInvalid(() -> record(Map.of("fi", "a".repeat(FollowUpNote.MAX_LENGTH + 1))), "follow-up-text-too-long",
                "texts.fi");
    }

    @Test
    void theLimitCountsCharactersNotUtf16Units() {
        String emojis = "🙂".repeat(FollowUpNote.MAX_LENGTH);

        assertThat(record(Map.of("fi", emojis)).texts().get(NoteLanguage.FI)).isEqualTo(emojis);
    }

    private static FollowUpNote record(Map<String, String> texts) {
        return FollowUpNote.record(TASK, texts, "orderer.soite", NOW, Optional.empty());
    }

    private static void assertInvalid(ThrowingCallable call, String code, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainProblem.class, problem -> {
            assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.INVALID);
            assertThat(problem.code()).isEqualTo(code);
            assertThat(problem.field()).isEqualTo(field);
        });
    }
}
