package fi.kokemus.ordering.adapter.in.web;

import fi.kokemus.ordering.application.port.in.AcceptAssignmentUseCase;
import fi.kokemus.ordering.application.port.in.ApproveWorkUseCase;
import fi.kokemus.ordering.application.port.in.AssignExpertCommand;
import fi.kokemus.ordering.application.port.in.AssignExpertUseCase;
import fi.kokemus.ordering.application.port.in.AssignedOrder;
import fi.kokemus.ordering.application.port.in.AssignmentCommand;
import fi.kokemus.ordering.application.port.in.DeclineAssignmentCommand;
import fi.kokemus.ordering.application.port.in.DeclineAssignmentUseCase;
import fi.kokemus.ordering.application.port.in.ReportWorkCommand;
import fi.kokemus.ordering.application.port.in.ReportWorkUseCase;
import fi.kokemus.ordering.domain.AssignmentId;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.platform.actor.Actor;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Offers of an order to experts and each step an offer takes. */
@RestController
@RequestMapping(OrderController.ORDERS + "/{orderId}/assignments")
public class AssignmentController {

    private final AssignExpertUseCase assignExpert;
    private final AcceptAssignmentUseCase acceptAssignment;
    private final DeclineAssignmentUseCase declineAssignment;
    private final ReportWorkUseCase reportWork;
    private final ApproveWorkUseCase approveWork;

    public AssignmentController(AssignExpertUseCase assignExpert, AcceptAssignmentUseCase acceptAssignment,
            DeclineAssignmentUseCase declineAssignment, ReportWorkUseCase reportWork, ApproveWorkUseCase approveWork) {
        this.assignExpert = assignExpert;
        this.acceptAssignment = acceptAssignment;
        this.declineAssignment = declineAssignment;
        this.reportWork = reportWork;
        this.approveWork = approveWork;
    }

    @PostMapping
    public ResponseEntity<AssignmentResponse> assign(Actor actor, @PathVariable UUID orderId,
            @Valid @RequestBody AssignExpertRequest request) {
        AssignedOrder assigned = assignExpert.assign(actor, new AssignExpertCommand(new OrderId(orderId), request.expertId()));
        return ResponseEntity.created(OrderController.locationOf(assigned.order())).body(toResponse(assigned));
    }

    @PostMapping("/{assignmentId}/accept")
    public AssignmentResponse accept(Actor actor, @PathVariable UUID orderId, @PathVariable UUID assignmentId) {
        return toResponse(acceptAssignment.accept(actor, command(orderId, assignmentId)));
    }

    @PostMapping("/{assignmentId}/decline")
    public AssignmentResponse decline(Actor actor, @PathVariable UUID orderId, @PathVariable UUID assignmentId,
            @Valid @RequestBody(required = false) DeclineRequest request) {
        String reason = request == null ? null : request.reason();
        return toResponse(declineAssignment.decline(actor,
                new DeclineAssignmentCommand(new OrderId(orderId), new AssignmentId(assignmentId), reason)));
    }

    @PostMapping("/{assignmentId}/report")
    public AssignmentResponse report(Actor actor, @PathVariable UUID orderId, @PathVariable UUID assignmentId,
            @Valid @RequestBody ReportWorkRequest request) {
        return toResponse(reportWork.report(actor,
                new ReportWorkCommand(new OrderId(orderId), new AssignmentId(assignmentId), request.toWork())));
    }

    @PostMapping("/{assignmentId}/approve")
    public AssignmentResponse approve(Actor actor, @PathVariable UUID orderId, @PathVariable UUID assignmentId) {
        return toResponse(approveWork.approve(actor, command(orderId, assignmentId)));
    }

    private static AssignmentCommand command(UUID orderId, UUID assignmentId) {
        return new AssignmentCommand(new OrderId(orderId), new AssignmentId(assignmentId));
    }

    private static AssignmentResponse toResponse(AssignedOrder assigned) {
        return AssignmentResponse.of(assigned.order(), assigned.assignment());
    }
}
