package fi.kokemus.feedback.adapter.in.web.followup;

import fi.kokemus.feedback.application.port.in.followup.FollowUpQuery;
import fi.kokemus.feedback.application.port.in.followup.ViewFollowUpReportUseCase;
import fi.kokemus.feedback.domain.followup.FollowUpReport;
import fi.kokemus.feedback.domain.followup.ReportPeriod;
import fi.kokemus.platform.actor.Actor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A county's follow-up report for a period: JSON, CSV, or an HTML page with charts and the same
 * numbers as tables ({@code Accept: text/html} or the {@code .html} address).
 */
@Controller
@RequestMapping("/api/feedback/reports")
public class FollowUpReportController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ViewFollowUpReportUseCase reports;
    private final FollowUpLabels labels;

    public FollowUpReportController(ViewFollowUpReportUseCase reports, MessageSource messages) {
        this.reports = reports;
        this.labels = new FollowUpLabels(messages);
    }

    @GetMapping(path = "/follow-up", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public FollowUpReport json(Actor actor, @RequestParam(required = false) String county,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.report(actor, new FollowUpQuery(county, new ReportPeriod(from, to)));
    }

    @GetMapping("/follow-up.csv")
    @ResponseBody
    public ResponseEntity<String> csv(Actor actor, @RequestParam(required = false) String county,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        FollowUpReport report = json(actor, county, from, to);
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"follow-up_" + report.county() + "_"
                        + from + "_" + to + ".csv\"")
                .body(FollowUpCsv.of(report));
    }

    @GetMapping(path = {"/follow-up", "/follow-up.html"}, produces = MediaType.TEXT_HTML_VALUE)
    public String html(Actor actor, @RequestParam(required = false) String county,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        model.addAttribute("page", FollowUpPage.of(json(actor, county, from, to), labels));
        return "followup/report";
    }
}
