package fi.kokemus.feedback.adapter.in.web;

import fi.kokemus.feedback.application.port.in.ViewFollowUpForLinkUseCase;
import fi.kokemus.feedback.domain.FollowUpNote;
import fi.kokemus.feedback.domain.NoteLanguage;
import fi.kokemus.feedback.domain.SessionWork;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Puts the unit's note on how the feedback was used on the pages of a task's links, in the page's
 * language where the unit wrote one (the template marks text in another language with its {@code lang}).
 */
@ControllerAdvice(assignableTypes = FeedbackFormController.class)
public class FollowUpPageNote {

    static final String MODEL_ATTRIBUTE = "followUp";

    private final ViewFollowUpForLinkUseCase followUps;

    public FollowUpPageNote(ViewFollowUpForLinkUseCase followUps) {
        this.followUps = followUps;
    }

    /** @param lang the text's language code, which may differ from the page's */
    public record Shown(String lang, String text, LocalDate recordedOn) {
    }

    @ModelAttribute(MODEL_ATTRIBUTE)
    Shown followUp(@PathVariable String token, HttpServletRequest request) {
        Optional<FollowUpNote> note = followUps.forLink(token);
        NoteLanguage pageLanguage = NoteLanguage.ofCode(FormLocaleResolver.language(request).code()).orElseThrow();
        return note.map(found -> {
            FollowUpNote.LocalisedText text = found.textFor(pageLanguage);
            return new Shown(text.language().code(), text.text(),
                    found.recordedAt().atZone(SessionWork.COUNTY_TIME).toLocalDate());
        }).orElse(null);
    }
}
