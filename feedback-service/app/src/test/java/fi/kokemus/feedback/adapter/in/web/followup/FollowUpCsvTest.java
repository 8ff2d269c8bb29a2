package fi.kokemus.feedback.adapter.in.web.followup;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.feedback.domain.followup.ExpertCoverage;
import fi.kokemus.feedback.domain.followup.FeeSummary;
import fi.kokemus.feedback.domain.followup.FeedbackSummary;
import fi.kokemus.feedback.domain.followup.FollowUpReport;
import fi.kokemus.feedback.domain.followup.ReportPeriod;
import fi.kokemus.feedback.domain.followup.TaskCounts;
import fi.kokemus.feedback.domain.Respondent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpCsvTest {

    private static final FollowUpReport REPORT = new FollowUpReport("keski-pohjanmaa",
            new ReportPeriod(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31")),
            new TaskCounts(2, 1, 1, 0, 1, 25, List.of(new TaskCounts.Count("LECTURE_REGIONAL", 2)),
                    List.of(new TaskCounts.Count("PROFESSIONALS", 2)), List.of(new TaskCounts.Count("ON_SITE", 2)),
                    List.of(new TaskCounts.Count("ngo-keski", 2))),
            new FeedbackSummary(3, List.of(new FeedbackSummary.RespondentSummary(Respondent.LISTENER, 2, 4, List.of(
                    new FeedbackSummary.Rating("overall", 4, new BigDecimal("4.25")),
                    new FeedbackSummary.Rating("useful", 1, null))))),
            new FeeSummary(new FeeSummary.Earned(3, 1, 4500, 1290,
                    List.of(new FeeSummary.ByTaskType("LECTURE_REGIONAL", 4500))),
                    new FeeSummary.PaidOut(1, 2, -2001, 7319)),
            new ExpertCoverage(3, List.of(
                    new ExpertCoverage.IdleExpert("expert-1", "=HYPERLINK(\"x\") D.", "ngo;keski", false))));

    @Test
    void writesEveryFigureAsARowWithDecimalCommasAndQuotedText() {
        assertThat(FollowUpCsv.of(REPORT)).isEqualTo(String.join("\r\n",
                "section;item;measure;value",
                "period;keski-pohjanmaa;from;2026-01-01",
                "period;keski-pohjanmaa;to;2026-03-31",
                "tasks;all;reported;2",
                "tasks;all;held;1",
                "tasks;all;noParticipants;1",
                "tasks;all;clientNoShow;0",
                "tasks;all;cancelled;1",
                "tasks;all;participants;25",
                "tasksByTaskType;LECTURE_REGIONAL;tasks;2",
                "tasksByAudience;PROFESSIONALS;tasks;2",
                "tasksByMode;ON_SITE;tasks;2",
                "tasksByOrganisation;ngo-keski;tasks;2",
                "feedback;all;anonymityMinimum;3",
                "feedback;LISTENER;requests;2",
                "feedback;LISTENER;answers;4",
                "feedback;LISTENER;ratings:overall;4",
                "feedback;LISTENER;average:overall;4,25",
                "feedback;LISTENER;ratings:useful;1",
                "feedback;LISTENER;average:useful;",
                "feesEarned;all;lines;3",
                "feesEarned;all;reversals;1",
                "feesEarned;all;gross;45,00",
                "feesEarned;all;reimbursements;12,90",
                "feesEarnedByTaskType;LECTURE_REGIONAL;gross;45,00",
                "feesPaidOut;all;batches;1",
                "feesPaidOut;all;lines;2",
                "feesPaidOut;all;gross;-20,01",
                "feesPaidOut;all;payout;73,19",
                "experts;all;serving;3",
                "experts;all;withoutTasks;1",
                "expertsWithoutTasks;expert-1;displayName;\"'=HYPERLINK(\"\"x\"\") D.\"",
                "expertsWithoutTasks;expert-1;organisation;\"ngo;keski\"",
                "expertsWithoutTasks;expert-1;active;false",
                ""));
    }
}
