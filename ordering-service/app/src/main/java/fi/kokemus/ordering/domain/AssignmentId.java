package fi.kokemus.ordering.domain;

import java.util.Objects;
import java.util.UUID;

public record AssignmentId(UUID value) {

    public AssignmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AssignmentId newId() {
        return new AssignmentId(UUID.randomUUID());
    }

    public static AssignmentId parse(String value) {
        return new AssignmentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
