package fi.kokemus.fee.domain;

import fi.kokemus.platform.problem.DomainProblem;

/**
 * A fee line's id, derived from what it pays: {@code fee-<assignment>.<session>} for the line that
 * settles one expert's session (whatever decided it: approval, cancellation, illness), and
 * {@code <that id>.reversal} for its reversal. A redelivered or repeated fact finds its line there.
 */
public record FeeLineId(String value) {

    private static final String PREFIX = "fee-";
    private static final String REVERSAL = ".reversal";

    public FeeLineId {
        if (value == null || !value.startsWith(PREFIX) || value.length() == PREFIX.length()) {
            throw DomainProblem.invalid("invalid-fee-line-id",
                    "A fee line id looks like fee-<assignment id>.<session id>", "id");
        }
    }

    public static FeeLineId of(String assignmentId, String sessionId) {
        return new FeeLineId(PREFIX + assignmentId + "." + sessionId);
    }

    public FeeLineId reversal() {
        return new FeeLineId(value + REVERSAL);
    }

    @Override
    public String toString() {
        return value;
    }
}
