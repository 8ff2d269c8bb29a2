package fi.kokemus.feedback.domain.followup;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How many tasks experts did in the period and what kind: the yearly review's "number of tasks,
 * targets, mode of delivery". A task is one expert's part in one reported session; cancelled ones
 * are counted apart and in no breakdown.
 *
 * @param reported       sessions reported: held, without participants or the client not showing up
 * @param participants   participants of the sessions held, as the experts reported them
 * @param byOrganisation by the expert's background organisation (NGO)
 */
public record TaskCounts(int reported, int held, int noParticipants, int clientNoShow, int cancelled,
        int participants, List<Count> byTaskType, List<Count> byAudience, List<Count> byMode,
        List<Count> byOrganisation) {

    /** Stands for a value the events did not carry, or an expert the registry did not announce. */
    public static final String UNKNOWN = "UNKNOWN";

    /** Tasks with one value of a breakdown; most first. */
    public record Count(String key, int tasks) {
    }

    /** @param organisationOf the background organisation of an expert, by expert id, if known */
    public static TaskCounts of(Collection<FollowUpTask> tasks, Function<String, String> organisationOf) {
        List<FollowUpTask> reported = tasks.stream().filter(task -> task.status().reported()).toList();
        return new TaskCounts(reported.size(), count(tasks, TaskStatus.HELD), count(tasks, TaskStatus.NO_PARTICIPANTS),
                count(tasks, TaskStatus.CLIENT_NO_SHOW), count(tasks, TaskStatus.CANCELLED),
                reported.stream().mapToInt(FollowUpTask::participants).sum(),
                breakdown(reported, FollowUpTask::taskType), breakdown(reported, FollowUpTask::audience),
                breakdown(reported, FollowUpTask::mode),
                breakdown(reported, task -> organisationOf.apply(task.expertId())));
    }

    private static int count(Collection<FollowUpTask> tasks, TaskStatus status) {
        return (int) tasks.stream().filter(task -> task.status() == status).count();
    }

    private static List<Count> breakdown(List<FollowUpTask> tasks, Function<FollowUpTask, String> key) {
        Map<String, Long> counts = tasks.stream().collect(Collectors.groupingBy(
                task -> Objects.requireNonNullElse(key.apply(task), UNKNOWN), Collectors.counting()));
        return counts.entrySet().stream()
                .map(entry -> new Count(entry.getKey(), Math.toIntExact(entry.getValue())))
                .sorted(Comparator.comparingInt(Count::tasks).reversed().thenComparing(Count::key))
                .toList();
    }
}
