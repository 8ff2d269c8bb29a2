package fi.kokemus.registry.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * A person's decision on one consent: given or withdrawn, when, and to which version of the
 * consent text.
 *
 * @param decidedAt kept to the millisecond, the precision every store keeps, so a record read
 *                  back compares equal to the one written
 */
public record ConsentDecision(ConsentKind kind, boolean granted, Instant decidedAt, String textVersion) {

    private static final Pattern TEXT_VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    /** Clocks of partner systems drift; a decision a few minutes "ahead" is still plausible. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    public ConsentDecision {
        Checks.present(kind, "consents.kind");
        decidedAt = Checks.present(decidedAt, "consents.decidedAt").truncatedTo(ChronoUnit.MILLIS);
        Checks.matches(textVersion, TEXT_VERSION, "consents.textVersion",
                "1-32 letters, digits, '.', '_' or '-'");
    }

    public static ConsentDecision given(ConsentKind kind, Instant at, String textVersion) {
        return new ConsentDecision(kind, true, at, textVersion);
    }

    public static ConsentDecision withdrawn(ConsentKind kind, Instant at, String textVersion) {
        return new ConsentDecision(kind, false, at, textVersion);
    }

    /** Refuses a decision dated after {@code now}: nobody can have decided in the future. */
    void requireMadeBy(Instant now) {
        if (decidedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw DomainProblem.invalid(Checks.INVALID_VALUE, "consents.decidedAt is in the future",
                    "consents.decidedAt");
        }
    }

    boolean supersedes(ConsentDecision other) {
        return decidedAt.isAfter(other.decidedAt);
    }
}
