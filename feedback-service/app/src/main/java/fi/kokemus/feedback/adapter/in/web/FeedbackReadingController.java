package fi.kokemus.feedback.adapter.in.web;

import fi.kokemus.feedback.application.port.in.ReadFeedbackUseCase;
import fi.kokemus.feedback.application.port.in.RecordFollowUpUseCase;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.platform.actor.Actor;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the feedback says, for the expert, the ordering unit and the county's coordinators, and the unit's answer to it. */
@RestController
public class FeedbackReadingController {

    private final ReadFeedbackUseCase feedback;
    private final RecordFollowUpUseCase followUps;

    public FeedbackReadingController(ReadFeedbackUseCase feedback, RecordFollowUpUseCase followUps) {
        this.feedback = feedback;
        this.followUps = followUps;
    }

    /** @param texts the note by language code ({@code fi}, {@code sv}, {@code en}), at least one */
    public record FollowUpRequest(Map<String, String> texts) {
    }

    @GetMapping(FeedbackTaskController.PATH + "/{taskId}/feedback")
    public FeedbackSummaryResponse taskFeedback(Actor actor, @PathVariable String taskId) {
        return FeedbackSummaryResponse.of(feedback.taskFeedback(actor, new TaskId(taskId)));
    }

    @GetMapping("/api/feedback/me")
    public ExpertFeedbackResponse ownFeedback(Actor actor, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return ExpertFeedbackResponse.of(feedback.ownFeedback(actor, page, size));
    }

    @PutMapping(FeedbackTaskController.PATH + "/{taskId}/follow-up")
    public FeedbackSummaryResponse.FollowUp recordFollowUp(Actor actor, @PathVariable String taskId,
            @RequestBody FollowUpRequest request) {
        return FeedbackSummaryResponse.FollowUp.of(followUps.record(actor, new TaskId(taskId), request.texts()));
    }
}
