package fi.kokemus.feedback.application.service.followup;

import fi.kokemus.feedback.application.port.in.followup.FollowUpQuery;
import fi.kokemus.feedback.application.port.in.followup.ViewFollowUpReportUseCase;
import fi.kokemus.feedback.application.port.out.followup.CountyExpertRepository;
import fi.kokemus.feedback.application.port.out.followup.FeeFactRepository;
import fi.kokemus.feedback.application.port.out.followup.FeedbackTasksInPeriod;
import fi.kokemus.feedback.application.port.out.followup.FollowUpTaskRepository;
import fi.kokemus.feedback.domain.followup.CountyExpert;
import fi.kokemus.feedback.domain.followup.ExpertCoverage;
import fi.kokemus.feedback.domain.followup.FeeSummary;
import fi.kokemus.feedback.domain.followup.FeedbackSummary;
import fi.kokemus.feedback.domain.followup.FollowUpReport;
import fi.kokemus.feedback.domain.followup.FollowUpTask;
import fi.kokemus.feedback.domain.followup.TaskCounts;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds a county's follow-up report for its coordinators and for admins. */
public class FollowUpReportService implements ViewFollowUpReportUseCase {

    private final FollowUpTaskRepository tasks;
    private final CountyExpertRepository experts;
    private final FeeFactRepository fees;
    private final FeedbackTasksInPeriod feedback;
    private final int anonymityMinimum;

    /** @param anonymityMinimum the fewest answers an average rating is shown for */
    public FollowUpReportService(FollowUpTaskRepository tasks, CountyExpertRepository experts, FeeFactRepository fees,
            FeedbackTasksInPeriod feedback, int anonymityMinimum) {
        this.tasks = tasks;
        this.experts = experts;
        this.fees = fees;
        this.feedback = feedback;
        this.anonymityMinimum = anonymityMinimum;
    }

    @Override
    public FollowUpReport report(Actor actor, FollowUpQuery query) {
        actor.requireAny(Role.COORDINATOR, Role.ADMIN);
        String county = query.county() != null ? query.county() : actor.county();
        if (county == null || county.isBlank()) {
            throw DomainProblem.invalid("county-required", "Name the county to report on", "county");
        }
        actor.requireCounty(county);
        List<FollowUpTask> countyTasks = tasks.findInCounty(county, query.period());
        List<CountyExpert> connected = experts.findConnectedWith(county);
        return new FollowUpReport(county, query.period(),
                TaskCounts.of(countyTasks, organisations(countyTasks, connected)),
                FeedbackSummary.of(feedback.findInCounty(county, query.period()), anonymityMinimum),
                FeeSummary.of(fees.linesEarnedIn(county, query.period()), fees.batchesPaidIn(county, query.period())),
                ExpertCoverage.of(county, query.period(), connected, countyTasks));
    }

    /** Organisations of the experts who did the tasks; some may serve the county no longer. */
    private Function<String, String> organisations(List<FollowUpTask> countyTasks, List<CountyExpert> connected) {
        Set<String> missing = countyTasks.stream().map(FollowUpTask::expertId).collect(Collectors.toSet());
        connected.forEach(expert -> missing.remove(expert.expertId()));
        Map<String, String> byExpert = new HashMap<>();
        connected.forEach(expert -> byExpert.put(expert.expertId(), expert.organisationId()));
        if (!missing.isEmpty()) {
            experts.findAll(missing).forEach(expert -> byExpert.put(expert.expertId(), expert.organisationId()));
        }
        return byExpert::get;
    }
}
