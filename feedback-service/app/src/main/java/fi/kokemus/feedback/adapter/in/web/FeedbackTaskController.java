package fi.kokemus.feedback.adapter.in.web;

import fi.kokemus.feedback.application.port.in.ViewFeedbackTasksUseCase;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.platform.actor.Actor;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Feedback tasks for the ordering unit, the expert and the county's coordinators. */
@RestController
@RequestMapping("/api/feedback/tasks")
public class FeedbackTaskController {

    private final ViewFeedbackTasksUseCase tasks;
    private final PublicLinks links;

    public FeedbackTaskController(ViewFeedbackTasksUseCase tasks, PublicLinks links) {
        this.tasks = tasks;
        this.links = links;
    }

    @GetMapping
    public List<FeedbackTaskResponse> tasksOfOrder(Actor actor, @RequestParam(required = false) String orderId) {
        return tasks.tasksOfOrder(actor, orderId).stream().map(view -> FeedbackTaskResponse.of(view, links)).toList();
    }

    @GetMapping("/{taskId}")
    public FeedbackTaskResponse task(Actor actor, @PathVariable String taskId) {
        return FeedbackTaskResponse.of(tasks.task(actor, new TaskId(taskId)), links);
    }
}
