package fi.kokemus.feedback.domain;

import fi.kokemus.platform.problem.DomainProblem;

/** A feedback task's id, derived from the assignment so that a redelivered approval finds the same task. */
public record TaskId(String value) {

    private static final String PREFIX = "task-";

    public TaskId {
        if (value == null || value.isBlank()) {
            throw DomainProblem.invalid("invalid-task-id", "A task id is required", "taskId");
        }
    }

    public static TaskId forAssignment(String assignmentId) {
        return new TaskId(PREFIX + assignmentId);
    }

    @Override
    public String toString() {
        return value;
    }
}
