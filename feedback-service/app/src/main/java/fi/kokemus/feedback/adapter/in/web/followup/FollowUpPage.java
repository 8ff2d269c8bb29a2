package fi.kokemus.feedback.adapter.in.web.followup;

import fi.kokemus.feedback.domain.followup.ExpertCoverage;
import fi.kokemus.feedback.domain.followup.FeeSummary;
import fi.kokemus.feedback.domain.followup.FeedbackSummary;
import fi.kokemus.feedback.domain.followup.FollowUpReport;
import fi.kokemus.feedback.domain.followup.TaskCounts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/** What the HTML report shows, already in words and Finnish number format; the template only lays it out. */
public record FollowUpPage(String county, String from, String to, List<Row> summary, List<BarChart> taskCharts,
        BarChart answerChart, List<FeedbackRow> feedback, int anonymityMinimum, List<Row> fees, BarChart feeChart,
        List<IdleRow> idleExperts) {

    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    public record Row(String label, String value) {
    }

    public record FeedbackRow(String respondent, int requests, int answers, List<Row> averages) {
    }

    public record IdleRow(String name, String organisation, String active) {
    }

    static FollowUpPage of(FollowUpReport report, FollowUpLabels labels) {
        TaskCounts tasks = report.tasks();
        ExpertCoverage experts = report.experts();
        return new FollowUpPage(report.county(), date(report.period().from()), date(report.period().to()),
                List.of(new Row("Raportoidut tehtävät", count(tasks.reported())),
                        new Row("Pidetyt", count(tasks.held())),
                        new Row("Ei osallistujia", count(tasks.noParticipants())),
                        new Row("Asiakas ei saapunut", count(tasks.clientNoShow())),
                        new Row("Peruutetut", count(tasks.cancelled())),
                        new Row("Osallistujia pidetyissä", count(tasks.participants())),
                        new Row("Alueen kokemusasiantuntijat", count(experts.serving())),
                        new Row("Ilman tehtäviä kaudella", count(experts.withoutTasks().size()))),
                List.of(counts("task-type", "Tehtävät tehtävätyypeittäin", tasks.byTaskType(), labels),
                        counts("audience", "Tehtävät kohderyhmittäin", tasks.byAudience(), labels),
                        counts("mode", "Tehtävät toteutustavan mukaan", tasks.byMode(), labels),
                        counts("organisation", "Tehtävät taustajärjestöittäin", tasks.byOrganisation(), labels)),
                BarChart.of("answers", "Palautevastaukset vastaajaryhmittäin", report.feedback().respondents().stream()
                        .map(summary -> new BarChart.Entry(labels.of(summary.respondent()), summary.answers(),
                                count(summary.answers())))
                        .toList()),
                feedbackRows(report.feedback(), labels), report.feedback().anonymityMinimum(),
                feeRows(report.fees()),
                BarChart.of("fees", "Palkkiot tehtävätyypeittäin (brutto, €)", report.fees().earned().byTaskType()
                        .stream()
                        .map(type -> new BarChart.Entry(type.taskType(), type.grossCents(),
                                FollowUpFigures.euros(type.grossCents()) + " €"))
                        .toList()),
                experts.withoutTasks().stream().map(FollowUpPage::idleRow).toList());
    }

    private static BarChart counts(String id, String title, List<TaskCounts.Count> counts, FollowUpLabels labels) {
        return BarChart.of(id, title, counts.stream()
                .map(count -> new BarChart.Entry(labels.of(count.key()), count.tasks(), count(count.tasks())))
                .toList());
    }

    private static List<FeedbackRow> feedbackRows(FeedbackSummary feedback, FollowUpLabels labels) {
        return feedback.respondents().stream()
                .map(summary -> new FeedbackRow(labels.of(summary.respondent()), summary.requests(), summary.answers(),
                        summary.ratings().stream()
                                .map(rating -> new Row(labels.question(summary.respondent(), rating.question()),
                                        rating.average() == null
                                                ? "ei näytetä (" + rating.answers() + " vastausta)"
                                                : FollowUpFigures.average(rating.average()) + " (" + rating.answers()
                                                        + " vastausta)"))
                                .toList()))
                .toList();
    }

    private static List<Row> feeRows(FeeSummary fees) {
        return List.of(new Row("Palkkiorivit (oikaisut mukana)", count(fees.earned().lines())),
                new Row("joista oikaisuja", count(fees.earned().reversals())),
                new Row("Palkkiot brutto", FollowUpFigures.euros(fees.earned().grossCents()) + " €"),
                new Row("Kulukorvaukset", FollowUpFigures.euros(fees.earned().reimbursementsCents()) + " €"),
                new Row("Maksuerät, joiden maksupäivä on kaudella", count(fees.paidOut().batches())),
                new Row("Maksuerissä palkkiot brutto", FollowUpFigures.euros(fees.paidOut().grossCents()) + " €"),
                new Row("Maksuerissä maksettu tileille", FollowUpFigures.euros(fees.paidOut().payoutCents()) + " €"));
    }

    private static IdleRow idleRow(ExpertCoverage.IdleExpert idle) {
        return new IdleRow(Objects.requireNonNullElse(idle.displayName(), idle.expertId()),
                Objects.requireNonNullElse(idle.organisationId(), "–"), idle.active() ? "kyllä" : "ei (tauolla)");
    }

    private static String count(long value) {
        return Long.toString(value);
    }

    private static String date(LocalDate date) {
        return date.format(FINNISH_DATE);
    }
}
