package fi.kokemus.ordering.adapter.in.web;

import fi.kokemus.ordering.application.port.in.ListMyAssignmentsUseCase;
import fi.kokemus.platform.actor.Actor;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MyAssignmentsController {

    private final ListMyAssignmentsUseCase listMyAssignments;

    public MyAssignmentsController(ListMyAssignmentsUseCase listMyAssignments) {
        this.listMyAssignments = listMyAssignments;
    }

    @GetMapping("/api/ordering/my/assignments")
    public List<MyAssignmentResponse> list(Actor actor) {
        return listMyAssignments.list(actor).stream().map(MyAssignmentResponse::of).toList();
    }
}
