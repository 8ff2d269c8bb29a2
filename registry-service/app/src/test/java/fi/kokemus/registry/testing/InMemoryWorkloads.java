package fi.kokemus.registry.testing;

import fi.kokemus.registry.application.port.out.Workloads;
import fi.kokemus.registry.domain.AcceptedAssignment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Workloads in memory: only for experts registered here, each assignment once, as the Mongo adapter does. */
public class InMemoryWorkloads implements Workloads {

    private final Map<String, List<AcceptedAssignment>> workloads = new LinkedHashMap<>();

    /** An expert the registry holds, with nothing recorded yet. */
    public synchronized void registerExpert(String expertId) {
        workloads.putIfAbsent(expertId, new ArrayList<>());
    }

    public synchronized int recentCount(String expertId) {
        return workloads.getOrDefault(expertId, List.of()).size();
    }

    public synchronized List<String> assignmentIds(String expertId) {
        return workloads.getOrDefault(expertId, List.of()).stream().map(AcceptedAssignment::assignmentId).toList();
    }

    @Override
    public synchronized void record(AcceptedAssignment assignment) {
        List<AcceptedAssignment> entries = workloads.get(assignment.expertId());
        if (entries != null && entries.stream().noneMatch(entry -> entry.assignmentId().equals(assignment.assignmentId()))) {
            entries.add(assignment);
        }
    }

    @Override
    public synchronized void withdraw(String expertId, String assignmentId) {
        workloads.getOrDefault(expertId, new ArrayList<>()).removeIf(entry -> entry.assignmentId().equals(assignmentId));
    }

    @Override
    public synchronized int forgetStartingBefore(Instant cutoff) {
        int changed = 0;
        for (List<AcceptedAssignment> entries : workloads.values()) {
            if (entries.removeIf(entry -> entry.startsAt().isBefore(cutoff))) {
                changed++;
            }
        }
        return changed;
    }
}
