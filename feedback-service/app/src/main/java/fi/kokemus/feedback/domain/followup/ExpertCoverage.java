package fi.kokemus.feedback.domain.followup;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The county's experts and those of them who did no task in the period, so that the coordinator can
 * ask after them. An expert is the county's if it is their home county or they had an assignment
 * contract with it during the period.
 *
 * @param serving how many experts the county had in the period
 */
public record ExpertCoverage(int serving, List<IdleExpert> withoutTasks) {

    /** @param displayName null when the registry gave none */
    public record IdleExpert(String expertId, String displayName, String organisationId, boolean active) {
    }

    public static ExpertCoverage of(String county, ReportPeriod period, Collection<CountyExpert> experts,
            Collection<FollowUpTask> tasks) {
        Set<String> working = tasks.stream().filter(task -> task.status().reported()).map(FollowUpTask::expertId)
                .collect(Collectors.toSet());
        List<CountyExpert> serving = experts.stream().filter(expert -> expert.serves(county, period)).toList();
        return new ExpertCoverage(serving.size(), serving.stream()
                .filter(expert -> !working.contains(expert.expertId()))
                .map(expert -> new IdleExpert(expert.expertId(), expert.displayName(), expert.organisationId(),
                        expert.active()))
                .sorted(Comparator.comparing((IdleExpert idle) -> Objects.requireNonNullElse(idle.organisationId(), ""))
                        .thenComparing(idle -> Objects.requireNonNullElse(idle.displayName(), ""))
                        .thenComparing(IdleExpert::expertId))
                .toList());
    }
}
