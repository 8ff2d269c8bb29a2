package fi.kokemus.registry.domain;

/** A kind of task the expert is willing to do, e.g. {@code CLIENT_SUPPORT} or {@code LECTURE_REGIONAL}. */
public record TaskTypeCode(String value) implements Comparable<TaskTypeCode> {

    public TaskTypeCode {
        Checks.matches(value, TopicCode.CODE, "taskType", TopicCode.CODE_EXPECTATION);
    }

    @Override
    public int compareTo(TaskTypeCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
