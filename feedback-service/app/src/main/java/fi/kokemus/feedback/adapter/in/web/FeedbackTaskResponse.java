package fi.kokemus.feedback.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.kokemus.feedback.application.port.in.FeedbackTaskView;
import fi.kokemus.feedback.domain.LinkState;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.SessionWork;
import java.time.Instant;
import java.util.List;

public record FeedbackTaskResponse(
        String id,
        String orderId,
        String sessionId,
        String assignmentId,
        String expertId,
        String county,
        String unitId,
        String taskType,
        String audience,
        boolean clientWork,
        Instant startsAt,
        Instant openedAt,
        List<Request> requests) {

    /**
     * @param link   the address to hand out; left out when the caller may not see it
     * @param qrCode where the audience link's QR code is, for those who see that link
     */
    public record Request(
            Respondent respondent,
            boolean singleUse,
            LinkState state,
            Instant opensAt,
            Instant expiresAt,
            int answers,
            @JsonInclude(JsonInclude.Include.NON_NULL) String link,
            @JsonInclude(JsonInclude.Include.NON_NULL) String qrCode) {
    }

    static FeedbackTaskResponse of(FeedbackTaskView view, PublicLinks links) {
        SessionWork work = view.work();
        return new FeedbackTaskResponse(view.id().value(), work.orderId(), work.sessionId(), work.assignmentId(),
                work.expertId(), work.county(), work.unitId(), work.taskType(), work.audience(), work.clientWork(),
                work.startsAt(), view.openedAt(),
                view.requests().stream().map(request -> new Request(request.respondent(),
                        request.respondent().singleUse(), request.state(), request.opensAt(), request.expiresAt(),
                        request.answers(), request.link().map(links::of).orElse(null),
                        request.respondent() == Respondent.LISTENER && request.link().isPresent()
                                ? FeedbackTaskController.PATH + "/" + view.id().value() + FeedbackTaskController.QR_CODE
                                : null))
                        .toList());
    }
}
