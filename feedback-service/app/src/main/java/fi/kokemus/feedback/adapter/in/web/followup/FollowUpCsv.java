package fi.kokemus.feedback.adapter.in.web.followup;

import fi.kokemus.feedback.domain.followup.ExpertCoverage;
import fi.kokemus.feedback.domain.followup.FeeSummary;
import fi.kokemus.feedback.domain.followup.FeedbackSummary;
import fi.kokemus.feedback.domain.followup.FollowUpReport;
import fi.kokemus.feedback.domain.followup.TaskCounts;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The report as one CSV file in long form: every figure a row {@code section;item;measure;value}, so
 * one header serves every table and a spreadsheet's pivot table rebuilds any of them. Fields are
 * separated by {@code ;}, euros and averages have a decimal comma, lines end in CRLF, as in the fee
 * exports.
 */
final class FollowUpCsv {

    static final String HEADER = "section;item;measure;value";
    private static final String ALL = "all";

    private FollowUpCsv() {
    }

    static String of(FollowUpReport report) {
        return Stream.of(Stream.of(HEADER),
                        period(report), tasks(report.tasks()), feedback(report.feedback()), fees(report.fees()),
                        experts(report.experts()))
                .flatMap(rows -> rows)
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static Stream<String> period(FollowUpReport report) {
        return Stream.of(row("period", report.county(), "from", report.period().from()),
                row("period", report.county(), "to", report.period().to()));
    }

    private static Stream<String> tasks(TaskCounts tasks) {
        return Stream.of(
                Stream.of(row("tasks", ALL, "reported", tasks.reported()), row("tasks", ALL, "held", tasks.held()),
                        row("tasks", ALL, "noParticipants", tasks.noParticipants()),
                        row("tasks", ALL, "clientNoShow", tasks.clientNoShow()),
                        row("tasks", ALL, "cancelled", tasks.cancelled()),
                        row("tasks", ALL, "participants", tasks.participants())),
                counts("tasksByTaskType", tasks.byTaskType()), counts("tasksByAudience", tasks.byAudience()),
                counts("tasksByMode", tasks.byMode()), counts("tasksByOrganisation", tasks.byOrganisation()))
                .flatMap(rows -> rows);
    }

    private static Stream<String> counts(String section, List<TaskCounts.Count> counts) {
        return counts.stream().map(count -> row(section, count.key(), "tasks", count.tasks()));
    }

    private static Stream<String> feedback(FeedbackSummary feedback) {
        return Stream.concat(Stream.of(row("feedback", ALL, "anonymityMinimum", feedback.anonymityMinimum())),
                feedback.respondents().stream().flatMap(summary -> Stream.concat(
                        Stream.of(row("feedback", summary.respondent(), "requests", summary.requests()),
                                row("feedback", summary.respondent(), "answers", summary.answers())),
                        summary.ratings().stream().flatMap(rating -> Stream.of(
                                row("feedback", summary.respondent(), "ratings:" + rating.question(), rating.answers()),
                                row("feedback", summary.respondent(), "average:" + rating.question(),
                                        FollowUpFigures.average(rating.average())))))));
    }

    private static Stream<String> fees(FeeSummary fees) {
        FeeSummary.Earned earned = fees.earned();
        FeeSummary.PaidOut paid = fees.paidOut();
        return Stream.of(
                Stream.of(row("feesEarned", ALL, "lines", earned.lines()),
                        row("feesEarned", ALL, "reversals", earned.reversals()),
                        row("feesEarned", ALL, "gross", FollowUpFigures.euros(earned.grossCents())),
                        row("feesEarned", ALL, "reimbursements", FollowUpFigures.euros(earned.reimbursementsCents()))),
                earned.byTaskType().stream().map(type ->
                        row("feesEarnedByTaskType", type.taskType(), "gross", FollowUpFigures.euros(type.grossCents()))),
                Stream.of(row("feesPaidOut", ALL, "batches", paid.batches()),
                        row("feesPaidOut", ALL, "lines", paid.lines()),
                        row("feesPaidOut", ALL, "gross", FollowUpFigures.euros(paid.grossCents())),
                        row("feesPaidOut", ALL, "payout", FollowUpFigures.euros(paid.payoutCents()))))
                .flatMap(rows -> rows);
    }

    private static Stream<String> experts(ExpertCoverage experts) {
        return Stream.concat(Stream.of(row("experts", ALL, "serving", experts.serving()),
                        row("experts", ALL, "withoutTasks", experts.withoutTasks().size())),
                experts.withoutTasks().stream().flatMap(idle -> Stream.of(
                        row("expertsWithoutTasks", idle.expertId(), "displayName", inert(idle.displayName())),
                        row("expertsWithoutTasks", idle.expertId(), "organisation", inert(idle.organisationId())),
                        row("expertsWithoutTasks", idle.expertId(), "active", idle.active()))));
    }

    private static String row(String section, Object item, String measure, Object value) {
        return Stream.of(section, item, measure, value).map(FollowUpCsv::field).collect(Collectors.joining(";"));
    }

    /**
     * Text from other systems that a spreadsheet would take for a formula gets a leading apostrophe,
     * so opening the file runs nothing.
     */
    private static String inert(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** A field holding {@code ;}, a quote or a line break is quoted; a name could hold any of them. */
    private static String field(Object value) {
        String text = value == null ? "" : value.toString();
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
