package fi.kokemus.ordering.adapter.in.web;

import fi.kokemus.ordering.application.port.in.ListMyAssignmentsUseCase;
import fi.kokemus.platform.actor.Actor;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The calling expert's offers and assignments. */
@RestController
public class MyAssignmentsController {

    /** The expert's part and the order it belongs to (with only the expert's own assignment in it). */
    public record MyAssignmentResponse(AssignmentResponse assignment, OrderResponse order) {
    }

    private final OrderViews views;
    private final ListMyAssignmentsUseCase listMyAssignments;

    public MyAssignmentsController(ListMyAssignmentsUseCase listMyAssignments, OrderViews views) {
        this.views = views;
        this.listMyAssignments = listMyAssignments;
    }

    @GetMapping("/api/ordering/my/assignments")
    public List<MyAssignmentResponse> list(Actor actor) {
        return listMyAssignments.list(actor).stream()
                .map(mine -> new MyAssignmentResponse(AssignmentResponse.of(mine.assignment()),
                        views.of(mine.order(), actor)))
                .toList();
    }
}
