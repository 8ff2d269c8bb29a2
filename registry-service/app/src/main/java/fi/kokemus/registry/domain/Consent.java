package fi.kokemus.registry.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * A consent the person gave: when, and to which version of the consent text.
 *
 * @param givenAt     kept to the millisecond, the precision every store keeps, so a record read
 *                    back compares equal to the one written
 * @param textVersion version of the consent text the person agreed to
 */
public record Consent(Instant givenAt, String textVersion) {

    private static final Pattern TEXT_VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    /** Clocks of partner systems drift; a consent a few minutes "ahead" is still plausible. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    public Consent {
        givenAt = Checks.present(givenAt, "consent.givenAt").truncatedTo(ChronoUnit.MILLIS);
        Checks.matches(textVersion, TEXT_VERSION, "consent.textVersion",
                "1-32 letters, digits, '.', '_' or '-'");
    }

    /** Refuses a consent dated after {@code now}: nobody can have agreed in the future. */
    public void requireGivenBy(Instant now) {
        if (givenAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw DomainProblem.invalid(Checks.INVALID_VALUE, "consent.givenAt is in the future",
                    "consent.givenAt");
        }
    }
}
