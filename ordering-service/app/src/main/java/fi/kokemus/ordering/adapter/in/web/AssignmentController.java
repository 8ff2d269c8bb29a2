package fi.kokemus.ordering.adapter.in.web;

import fi.kokemus.ordering.application.port.in.AcceptOfferUseCase;
import fi.kokemus.ordering.application.port.in.ApproveWorkUseCase;
import fi.kokemus.ordering.application.port.in.DeclineOfferUseCase;
import fi.kokemus.ordering.application.port.in.ReportWorkUseCase;
import fi.kokemus.ordering.application.port.in.ReturnWorkUseCase;
import fi.kokemus.ordering.application.port.in.SessionWorkRef;
import fi.kokemus.ordering.application.port.in.WithdrawFromAssignmentUseCase;
import fi.kokemus.ordering.domain.AssignmentId;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.SessionId;
import fi.kokemus.platform.actor.Actor;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The expert's answer to an offer, their withdrawal, and each session's report, approval or return. */
@RestController
@RequestMapping(OrderController.ORDERS + "/{orderId}/assignments/{assignmentId}")
public class AssignmentController {

    private final OrderViews views;
    private final AcceptOfferUseCase acceptOffer;
    private final DeclineOfferUseCase declineOffer;
    private final WithdrawFromAssignmentUseCase withdraw;
    private final ReportWorkUseCase reportWork;
    private final ApproveWorkUseCase approveWork;
    private final ReturnWorkUseCase returnWork;

    public AssignmentController(AcceptOfferUseCase acceptOffer, DeclineOfferUseCase declineOffer,
            WithdrawFromAssignmentUseCase withdraw, ReportWorkUseCase reportWork, ApproveWorkUseCase approveWork,
            ReturnWorkUseCase returnWork, OrderViews views) {
        this.views = views;
        this.acceptOffer = acceptOffer;
        this.declineOffer = declineOffer;
        this.withdraw = withdraw;
        this.reportWork = reportWork;
        this.approveWork = approveWork;
        this.returnWork = returnWork;
    }

    @PostMapping("/accept")
    public OrderResponse accept(Actor actor, @PathVariable UUID orderId, @PathVariable UUID assignmentId) {
        return views.of(acceptOffer.accept(actor, new OrderId(orderId), new AssignmentId(assignmentId)), actor);
    }

    @PostMapping("/decline")
    public OrderResponse decline(Actor actor, @PathVariable UUID orderId, @PathVariable UUID assignmentId,
            @Valid @RequestBody(required = false) Requests.Decline request) {
        String reason = request == null ? null : request.reason();
        return views.of(declineOffer.decline(actor, new OrderId(orderId), new AssignmentId(assignmentId),
                reason), actor);
    }

    @PostMapping("/cancel")
    public OrderResponse cancel(Actor actor, @PathVariable UUID orderId, @PathVariable UUID assignmentId,
            @Valid @RequestBody Requests.Withdrawal request) {
        return views.of(withdraw.withdraw(actor, new OrderId(orderId), new AssignmentId(assignmentId),
                request.cause()), actor);
    }

    @PostMapping("/sessions/{sessionId}/report")
    public OrderResponse report(Actor actor, @PathVariable UUID orderId, @PathVariable UUID assignmentId,
            @PathVariable UUID sessionId, @Valid @RequestBody WorkReportRequest request) {
        return views.of(reportWork.report(actor, ref(orderId, assignmentId, sessionId), request.toReport()),
                actor);
    }

    @PostMapping("/sessions/{sessionId}/approve")
    public OrderResponse approve(Actor actor, @PathVariable UUID orderId, @PathVariable UUID assignmentId,
            @PathVariable UUID sessionId) {
        return views.of(approveWork.approve(actor, ref(orderId, assignmentId, sessionId)), actor);
    }

    @PostMapping("/sessions/{sessionId}/return")
    public OrderResponse returnWork(Actor actor, @PathVariable UUID orderId, @PathVariable UUID assignmentId,
            @PathVariable UUID sessionId, @Valid @RequestBody Requests.Return request) {
        return views.of(returnWork.returnWork(actor, ref(orderId, assignmentId, sessionId), request.comment()),
                actor);
    }

    private static SessionWorkRef ref(UUID orderId, UUID assignmentId, UUID sessionId) {
        return new SessionWorkRef(new OrderId(orderId), new AssignmentId(assignmentId), new SessionId(sessionId));
    }
}
