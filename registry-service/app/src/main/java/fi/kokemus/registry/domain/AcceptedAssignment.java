package fi.kokemus.registry.domain;

import java.time.Instant;

/**
 * An assignment an expert accepted in ordering: what the fair ranking counts, and what releases
 * the expert's contact details to the ordering unit. The assignment id makes a redelivered
 * acceptance recognisable and lets a later cancellation find the entry.
 */
public record AcceptedAssignment(String expertId, String assignmentId, String unitId, Instant startsAt) {

    public AcceptedAssignment {
        requireText(expertId, "expertId");
        requireText(assignmentId, "assignmentId");
        requireText(unitId, "unitId");
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
