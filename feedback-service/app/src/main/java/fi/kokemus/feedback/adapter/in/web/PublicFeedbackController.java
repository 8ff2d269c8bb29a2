package fi.kokemus.feedback.adapter.in.web;

import fi.kokemus.feedback.application.port.in.FeedbackLinkView;
import fi.kokemus.feedback.application.port.in.SubmitFeedbackAnswerCommand;
import fi.kokemus.feedback.application.port.in.SubmitFeedbackAnswerUseCase;
import fi.kokemus.feedback.application.port.in.ViewFeedbackLinkUseCase;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Feedback links for people without an account: the token in the path is the only credential. */
@RestController
@RequestMapping(PublicFeedbackController.PATH)
public class PublicFeedbackController {

    static final String PATH = "/api/feedback/public/{token}";

    private final ViewFeedbackLinkUseCase links;
    private final SubmitFeedbackAnswerUseCase answers;

    public PublicFeedbackController(ViewFeedbackLinkUseCase links, SubmitFeedbackAnswerUseCase answers) {
        this.links = links;
        this.answers = answers;
    }

    @GetMapping
    public FeedbackLinkView describe(@PathVariable String token) {
        return links.describe(token);
    }

    @PostMapping("/answers")
    @ResponseStatus(HttpStatus.CREATED)
    public AnswerResponse answer(@PathVariable String token, @Valid @RequestBody AnswerRequest request) {
        return AnswerResponse.of(answers.submit(new SubmitFeedbackAnswerCommand(token, request.rating(), request.comment())));
    }
}
