package fi.kokemus.feedback.adapter.in.web;

import fi.kokemus.feedback.application.port.in.ExpertFeedbackPage;
import java.util.List;

/** A page of the signed-in expert's tasks with their feedback, and their clients' answers pooled. */
public record ExpertFeedbackResponse(int page, int size, long total, List<FeedbackSummaryResponse> tasks,
        FeedbackSummaryResponse.Group clientsAcrossTasks) {

    static ExpertFeedbackResponse of(ExpertFeedbackPage page) {
        return new ExpertFeedbackResponse(page.page(), page.size(), page.total(),
                page.tasks().stream().map(FeedbackSummaryResponse::of).toList(),
                FeedbackSummaryResponse.Group.of(page.clientsAcrossTasks()));
    }
}
