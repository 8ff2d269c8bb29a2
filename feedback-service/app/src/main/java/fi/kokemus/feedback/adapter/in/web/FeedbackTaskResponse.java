package fi.kokemus.feedback.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.kokemus.feedback.application.port.in.FeedbackTaskView;
import fi.kokemus.feedback.domain.CompletedWork;
import fi.kokemus.feedback.domain.LinkState;
import fi.kokemus.feedback.domain.Respondent;
import java.time.Instant;
import java.util.List;

public record FeedbackTaskResponse(
        String id,
        String orderId,
        String assignmentId,
        String expertId,
        String county,
        String unitId,
        String taskType,
        String audience,
        Instant startsAt,
        Instant openedAt,
        List<Request> requests) {

    /** @param link the address to hand out; left out when the caller may not see it */
    public record Request(
            Respondent respondent,
            boolean singleUse,
            LinkState state,
            Instant expiresAt,
            int answers,
            @JsonInclude(JsonInclude.Include.NON_NULL) String link) {
    }

    static FeedbackTaskResponse of(FeedbackTaskView view, PublicLinks links) {
        CompletedWork work = view.work();
        return new FeedbackTaskResponse(view.id().value(), work.orderId(), work.assignmentId(), work.expertId(),
                work.county(), work.unitId(), work.taskType(), work.audience(), work.startsAt(), view.openedAt(),
                view.requests().stream()
                        .map(request -> new Request(request.respondent(), request.respondent().singleUse(),
                                request.state(), request.expiresAt(), request.answers(),
                                request.link().map(links::of).orElse(null)))
                        .toList());
    }
}
