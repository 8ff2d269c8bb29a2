package fi.kokemus.feedback.adapter.in.web;

import fi.kokemus.feedback.application.port.in.FeedbackLinkView;
import fi.kokemus.feedback.application.port.in.SubmissionOutcome;
import fi.kokemus.feedback.application.port.in.SubmitFeedbackAnswerCommand;
import fi.kokemus.feedback.application.port.in.SubmitFeedbackAnswerUseCase;
import fi.kokemus.feedback.application.port.in.ViewFeedbackLinkUseCase;
import fi.kokemus.feedback.domain.LinkState;
import fi.kokemus.feedback.domain.SessionWork;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The feedback forms for people without an account, served as plain HTML that works without JavaScript.
 * The token in the path is the only credential.
 */
@Controller
@RequestMapping(FeedbackFormController.PATH)
public class FeedbackFormController {

    static final String PATH = "/api/feedback/public/{token}";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final ViewFeedbackLinkUseCase links;
    private final SubmitFeedbackAnswerUseCase answers;

    public FeedbackFormController(ViewFeedbackLinkUseCase links, SubmitFeedbackAnswerUseCase answers) {
        this.links = links;
        this.answers = answers;
    }

    @ModelAttribute
    void pageBasics(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("lang", FormLocaleResolver.language(request));
        model.addAttribute("languages", List.of(FormLanguage.values()));
    }

    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    public String form(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<FeedbackLinkView> link = links.describe(token);
        if (link.isEmpty() || link.get().state() != LinkState.OPEN) {
            return unavailable(link, model, response);
        }
        model.addAttribute("page", FormPage.of(link.get(), Map.of(), List.of()));
        return "feedback/form";
    }

    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    public String submit(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response) {
        Map<String, String> values = answersIn(form);
        SubmissionOutcome outcome = answers.submit(new SubmitFeedbackAnswerCommand(token, version(form), values));
        if (outcome instanceof SubmissionOutcome.Recorded) {
            return "redirect:" + PATH.replace("{token}", token) + "/thanks?lang="
                    + ((FormLanguage) model.getAttribute("lang")).code();
        }
        if (outcome instanceof SubmissionOutcome.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("page", FormPage.of(refused.link(), values, refused.errors()));
            return "feedback/form";
        }
        return unavailable(((SubmissionOutcome.Unavailable) outcome).link(), model, response);
    }

    @GetMapping(value = "/thanks", produces = MediaType.TEXT_HTML_VALUE)
    public String thanks() {
        return "feedback/thanks";
    }

    private static String unavailable(Optional<FeedbackLinkView> link, Model model, HttpServletResponse response) {
        String reason = link.map(view -> view.state().name()).orElse("NOT_FOUND");
        response.setStatus(link.map(view -> statusOf(view.state())).orElse(HttpStatus.NOT_FOUND).value());
        model.addAttribute("reason", reason);
        model.addAttribute("opensAt", link.filter(view -> view.state() == LinkState.NOT_YET_OPEN)
                .map(view -> view.opensAt().atZone(SessionWork.COUNTY_TIME).toLocalDateTime()).orElse(null));
        return "feedback/unavailable";
    }

    private static HttpStatus statusOf(LinkState state) {
        return state == LinkState.NOT_YET_OPEN ? HttpStatus.CONFLICT : HttpStatus.GONE;
    }

    private static Map<String, String> answersIn(MultiValueMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, given) -> {
            if (name.startsWith(FormPage.FIELD_PREFIX) && !given.isEmpty()) {
                values.put(name.substring(FormPage.FIELD_PREFIX.length()), given.get(0));
            }
        });
        return values;
    }

    private static Integer version(MultiValueMap<String, String> form) {
        String shown = form.getFirst("formVersion");
        return shown != null && shown.matches("\\d{1,4}") ? Integer.valueOf(shown) : null;
    }
}
