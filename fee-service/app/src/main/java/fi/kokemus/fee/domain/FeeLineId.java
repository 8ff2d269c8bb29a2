package fi.kokemus.fee.domain;

import fi.kokemus.platform.problem.DomainProblem;

/**
 * A fee line's id, derived from the assignment it pays: one approved assignment is one line, so
 * a redelivered approval finds its line already there.
 */
public record FeeLineId(String value) {

    private static final String PREFIX = "fee-";

    public FeeLineId {
        if (value == null || !value.startsWith(PREFIX) || value.length() == PREFIX.length()) {
            throw DomainProblem.invalid("invalid-fee-line-id", "A fee line id looks like fee-<assignment id>", "id");
        }
    }

    public static FeeLineId forAssignment(String assignmentId) {
        return new FeeLineId(PREFIX + assignmentId);
    }

    @Override
    public String toString() {
        return value;
    }
}
