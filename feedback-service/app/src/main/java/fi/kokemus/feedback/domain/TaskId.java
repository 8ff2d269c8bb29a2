package fi.kokemus.feedback.domain;

import fi.kokemus.platform.problem.DomainProblem;

/** A feedback task's id, derived from the assignment and the session so that a redelivered event finds the same task. */
public record TaskId(String value) {

    private static final String PREFIX = "task-";

    public TaskId {
        if (value == null || value.isBlank()) {
            throw DomainProblem.invalid("invalid-task-id", "A task id is required", "taskId");
        }
    }

    public static TaskId of(SessionWork work) {
        return new TaskId(PREFIX + work.assignmentId() + "--" + work.sessionId());
    }

    @Override
    public String toString() {
        return value;
    }
}
