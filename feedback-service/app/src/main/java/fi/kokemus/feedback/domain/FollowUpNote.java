package fi.kokemus.feedback.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How the unit used a task's feedback ("closing the loop"), as shown to the expert, the unit and the
 * people who gave feedback. Only the latest wording is kept: the note is a statement to participants, and a
 * replacement corrects it. The text is screened like feedback before it is stored, since it is shown to
 * anyone holding the task's public link (which may be on a slide); what is stored is what is shown.
 *
 * @param texts      the note per language, at least one; a page shows its own language's, else the first of fi, sv, en
 * @param recordedBy login name of whoever wrote the current wording
 * @param revision   1 for the first wording, one more for each replacement
 */
public record FollowUpNote(TaskId taskId, Map<NoteLanguage, String> texts, String recordedBy, Instant recordedAt,
        int revision) {

    public static final int MAX_LENGTH = 2000;

    /** A note's text in the language it is shown in, so that a page can mark text in another language as such. */
    public record LocalisedText(NoteLanguage language, String text) {
    }

    public FollowUpNote {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("A note has text in at least one language");
        }
        texts = Map.copyOf(texts);
    }

    /** The new wording of {@code taskId}'s note, replacing {@code previous} if there was one. */
    public static FollowUpNote record(TaskId taskId, Map<String, String> givenTexts, String recordedBy, Instant now,
            Optional<FollowUpNote> previous) {
        if (givenTexts == null || givenTexts.isEmpty()) {
            throw DomainProblem.invalid("follow-up-text-required",
                    "Write the note in at least one of the languages fi, sv, en", "texts");
        }
        Map<NoteLanguage, String> texts = new EnumMap<>(NoteLanguage.class);
        givenTexts.forEach((code, text) -> texts.put(language(code), screened(code, text)));
        return new FollowUpNote(taskId, texts, recordedBy, now, previous.map(note -> note.revision() + 1).orElse(1));
    }

    /** The text in {@code preferred}, or else in the first language of fi, sv, en the note has. */
    public LocalisedText textFor(NoteLanguage preferred) {
        return Stream.concat(Stream.of(preferred), Stream.of(NoteLanguage.values())).filter(texts::containsKey)
                .findFirst().map(language -> new LocalisedText(language, texts.get(language))).orElseThrow();
    }

    private static NoteLanguage language(String code) {
        return NoteLanguage.ofCode(code).orElseThrow(() -> DomainProblem.invalid("follow-up-language-unknown",
                "A note is written in fi, sv or en", "texts." + code));
    }

    private static String screened(String code, String text) {
        String field = "texts." + code;
        if (text == null || text.isBlank()) {
            throw DomainProblem.invalid("follow-up-text-required", "The note in " + code + " is empty", field);
        }
        String stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) > MAX_LENGTH) {
            throw DomainProblem.invalid("follow-up-text-too-long",
                    "The note in " + code + " is longer than " + MAX_LENGTH + " characters", field);
        }
        return FreeTextScreen.screen(stripped);
    }
}
