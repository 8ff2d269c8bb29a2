package fi.kokemus.feedback.followup;

import static fi.kokemus.feedback.followup.FollowUpYear.BERTTA;
import static fi.kokemus.feedback.followup.FollowUpYear.DORIS;
import static fi.kokemus.feedback.followup.FollowUpYear.SOITE;

import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.followup.ExpertCoverage;
import fi.kokemus.feedback.domain.followup.FeeSummary;
import fi.kokemus.feedback.domain.followup.FeedbackSummary;
import fi.kokemus.feedback.domain.followup.FeedbackSummary.Rating;
import fi.kokemus.feedback.domain.followup.FeedbackSummary.RespondentSummary;
import fi.kokemus.feedback.domain.followup.FollowUpReport;
import fi.kokemus.feedback.domain.followup.ReportPeriod;
import fi.kokemus.feedback.domain.followup.TaskCounts;
import fi.kokemus.feedback.domain.followup.TaskCounts.Count;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The fixture year's 2026 report for Soite, as {@link FollowUpYear} must produce it, and who asks for it. */
public final class FollowUpFixtures {

    public static final ReportPeriod YEAR_2026 = new ReportPeriod(LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-12-31"));
    public static final Actor COORDINATOR = new Actor("sub-coordinator", "coordinator.soite",
            Set.of(Role.COORDINATOR), SOITE, null);

    /** The 2026 report of the fixture year, exactly; an anonymity minimum of 3 answers. */
    public static final FollowUpReport EXPECTED = new FollowUpReport(SOITE, YEAR_2026,
            new TaskCounts(4, 2, 1, 1, 2, 26,
                    List.of(new Count("CLIENT_SUPPORT", 2), new Count("LECTURE_REGIONAL", 2)),
                    List.of(new Count("CLIENTS", 2), new Count("PROFESSIONALS", 1), new Count("STUDENTS", 1)),
                    List.of(new Count("ON_SITE", 2), new Count("REMOTE", 2)),
                    List.of(new Count("ngo-ita", 3), new Count("ngo-keski", 1))),
            new FeedbackSummary(3, List.of(
                    new RespondentSummary(Respondent.LISTENER, 2, 5, List.of(
                            new Rating("overall", 5, new BigDecimal("3.60")), new Rating("useful", 2, null))),
                    new RespondentSummary(Respondent.ORDERER, 4, 3, List.of(
                            new Rating("overall", 3, new BigDecimal("4.00")),
                            new Rating("goals-met", 3, new BigDecimal("3.33")),
                            new Rating("cooperation", 3, new BigDecimal("4.00")))),
                    new RespondentSummary(Respondent.CLIENT, 1, 1, List.of(
                            new Rating("overall", 1, null), new Rating("heard", 1, null))),
                    new RespondentSummary(Respondent.SELF_ASSESSMENT, 3, 0, List.of(
                            new Rating("overall", 0, null), new Rating("preparation", 0, null))))),
            new FeeSummary(
                    new FeeSummary.Earned(4, 1, 10500, 1290, List.of(
                            new FeeSummary.ByTaskType("LECTURE_REGIONAL", 7500),
                            new FeeSummary.ByTaskType("CLIENT_SUPPORT", 3000))),
                    new FeeSummary.PaidOut(1, 2, 10500, 9000)),
            new ExpertCoverage(4, List.of(
                    new ExpertCoverage.IdleExpert(BERTTA, "Bertta K.", "ngo-keski", true),
                    new ExpertCoverage.IdleExpert(DORIS, "Doris L.", "ngo-keski", false))));

    private FollowUpFixtures() {
    }
}
