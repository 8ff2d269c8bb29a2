package fi.kokemus.registry.domain;

import java.time.Instant;

/**
 * An assignment an expert accepted in ordering: what the fair ranking counts. The assignment id
 * makes a redelivered acceptance recognisable and lets a later cancellation find the entry.
 */
public record AcceptedAssignment(String expertId, String assignmentId, Instant startsAt) {

    public AcceptedAssignment {
        requireText(expertId, "expertId");
        requireText(assignmentId, "assignmentId");
        if (startsAt == null) {
            throw new IllegalArgumentException("startsAt is required");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
