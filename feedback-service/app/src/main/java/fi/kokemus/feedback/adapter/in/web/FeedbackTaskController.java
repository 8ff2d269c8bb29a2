package fi.kokemus.feedback.adapter.in.web;

import fi.kokemus.feedback.application.port.in.FeedbackTaskView;
import fi.kokemus.feedback.application.port.in.ViewFeedbackTasksUseCase;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.problem.DomainProblem;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Feedback tasks for the ordering unit, the expert and the county's coordinators. */
@RestController
@RequestMapping(FeedbackTaskController.PATH)
public class FeedbackTaskController {

    static final String PATH = "/api/feedback/tasks";
    static final String QR_CODE = "/listener-qr.svg";

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

    /** The audience link as a QR code for a slide, for those who may hand that link out. */
    @GetMapping(value = "/{taskId}" + QR_CODE, produces = "image/svg+xml")
    public String listenerQrCode(Actor actor, @PathVariable String taskId) {
        FeedbackTaskView view = tasks.task(actor, new TaskId(taskId));
        return view.request(Respondent.LISTENER).flatMap(FeedbackTaskView.RequestView::link)
                .map(token -> QrCodeSvg.of(links.of(token)))
                .orElseThrow(() -> DomainProblem.notFound("no-listener-link",
                        "This task has no audience link that you hand out"));
    }
}
