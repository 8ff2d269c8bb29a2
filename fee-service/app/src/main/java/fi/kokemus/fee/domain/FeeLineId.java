package fi.kokemus.fee.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fee line's id, derived from what it pays: {@code fee-<assignment>.<session>} for the line that
 * settles one expert's session (whatever decided it: approval, cancellation, illness), and
 * {@code <that id>.reversal} for its reversal. A redelivered or repeated fact finds its line there.
 * A person's decision replaces a line by its next revision: {@code fee-<assignment>.<session>.revision-2},
 * then {@code .revision-3}, so two decisions about one line cannot both be recorded.
 */
public record FeeLineId(String value) {

    private static final String PREFIX = "fee-";
    private static final String REVERSAL = ".reversal";
    private static final Pattern REVISION = Pattern.compile("^(.+)\\.revision-(\\d+)$");

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

    /** The id of the line that replaces this one: its next revision. */
    public FeeLineId nextRevision() {
        Matcher revised = REVISION.matcher(value);
        if (revised.matches()) {
            return new FeeLineId(revised.group(1) + ".revision-" + (Integer.parseInt(revised.group(2)) + 1));
        }
        return new FeeLineId(value + ".revision-2");
    }

    @Override
    public String toString() {
        return value;
    }
}
