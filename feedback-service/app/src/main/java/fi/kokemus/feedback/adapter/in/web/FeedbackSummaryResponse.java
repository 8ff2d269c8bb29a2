package fi.kokemus.feedback.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.kokemus.feedback.application.port.in.TaskFeedbackView;
import fi.kokemus.feedback.domain.AnswerSummary;
import fi.kokemus.feedback.domain.Disclosure;
import fi.kokemus.feedback.domain.FeedbackReader;
import fi.kokemus.feedback.domain.FollowUpNote;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.RespondentFeedback;
import fi.kokemus.feedback.domain.SessionWork;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A task's feedback as JSON. Free text arrives screened from the domain; no link, token or respondent
 * identity is part of the model this is made from.
 */
public record FeedbackSummaryResponse(
        String taskId,
        String orderId,
        String sessionId,
        String taskType,
        String audience,
        boolean clientWork,
        Instant startsAt,
        String county,
        String unitId,
        FeedbackReader readAs,
        List<Group> respondents,
        @JsonInclude(JsonInclude.Include.NON_NULL) FollowUp followUp) {

    /** @param answers how many answers arrived, shown even when what they say is not */
    public record Group(Respondent respondent, int answers, Disclosure disclosure, List<Form> forms) {

        static Group of(RespondentFeedback feedback) {
            return new Group(feedback.respondent(), feedback.answers(), feedback.disclosure(),
                    feedback.forms().stream().map(Form::of).toList());
        }
    }

    /**
     * One form version's answers: shown with their count, ratings and screened texts, or withheld with the
     * minimum they fall below.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Form(String form, int formVersion, boolean shown, Integer answers, Integer withheldBelow,
            Map<String, Rating> ratings, List<String> texts) {

        static Form of(RespondentFeedback.FormAnswers answers) {
            if (answers.summary() instanceof AnswerSummary.Shown shown) {
                return new Form(answers.formId(), answers.formVersion(), true, shown.count(), null,
                        ratings(shown.ratings()), shown.texts());
            }
            return new Form(answers.formId(), answers.formVersion(), false, null,
                    ((AnswerSummary.Withheld) answers.summary()).minimum(), null, null);
        }

        private static Map<String, Rating> ratings(Map<String, AnswerSummary.RatingSummary> summaries) {
            Map<String, Rating> ratings = new LinkedHashMap<>();
            summaries.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> ratings.put(entry.getKey(),
                    new Rating(entry.getValue().answered(), Math.round(entry.getValue().mean() * 100) / 100.0,
                            entry.getValue().distribution())));
            return ratings;
        }
    }

    /** @param distribution how many gave each rating, 1 to 5 */
    public record Rating(int answered, double mean, Map<Integer, Integer> distribution) {
    }

    /** @param texts the note by language code */
    public record FollowUp(Map<String, String> texts, String recordedBy, Instant recordedAt, int revision) {

        static FollowUp of(FollowUpNote note) {
            Map<String, String> texts = new LinkedHashMap<>();
            note.texts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> texts.put(entry.getKey().code(), entry.getValue()));
            return new FollowUp(texts, note.recordedBy(), note.recordedAt(), note.revision());
        }
    }

    static FeedbackSummaryResponse of(TaskFeedbackView view) {
        SessionWork work = view.feedback().work();
        return new FeedbackSummaryResponse(view.feedback().taskId().value(), work.orderId(), work.sessionId(),
                work.taskType(), work.audience(), work.clientWork(), work.startsAt(), work.county(), work.unitId(),
                view.feedback().reader(), view.feedback().respondents().stream().map(Group::of).toList(),
                view.followUp().map(FollowUp::of).orElse(null));
    }
}
