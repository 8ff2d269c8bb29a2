package fi.kokemus.feedback.domain;

import java.util.Map;

/**
 * What of an expert a feedback task keeps once the expert was erased from the registry. Their personal
 * data here is who they are (id and account name) and every free text on their tasks: their own
 * self-assessment in their words, and what others wrote about their work, which often names or
 * describes them. What stays are the ratings, forms, counts and times, which no longer point to anyone
 * and keep the reports' anonymous figures whole.
 */
public final class ExpertErasure {

    /**
     * Stands for the erased expert's id and account name. Parentheses are not allowed in account
     * names, so no caller is ever recognised as the expert of an erased task.
     */
    public static final String ERASED = "(erased)";

    private ExpertErasure() {
    }

    public static boolean erased(FeedbackTask task) {
        return ERASED.equals(task.work().expertId());
    }

    public static FeedbackTask of(FeedbackTask task) {
        SessionWork work = task.work();
        SessionWork anonymous = new SessionWork(work.orderId(), work.sessionId(), work.assignmentId(), ERASED, ERASED,
                work.county(), work.unitId(), work.taskType(), work.audience(), work.clientWork(), work.startsAt());
        return new FeedbackTask(task.id(), anonymous, task.openedAt(),
                task.requests().stream().map(ExpertErasure::withoutTexts).toList(), task.version());
    }

    private static FeedbackRequest withoutTexts(FeedbackRequest request) {
        return new FeedbackRequest(request.respondent(), request.linkId(), request.tokenHash(), request.opensAt(),
                request.expiresAt(), request.closed(), request.answers().stream()
                        .map(answer -> new FeedbackAnswer(answer.formId(), answer.formVersion(), answer.ratings(),
                                Map.of(), answer.receivedAt()))
                        .toList());
    }
}
