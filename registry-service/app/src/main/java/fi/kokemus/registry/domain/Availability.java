package fi.kokemus.registry.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether the expert takes tasks: active, or paused for a reason only the expert and their
 * coordinator see; and single periods when they cannot take any.
 *
 * @param pauseReason present exactly when paused; never in public views or events
 * @param unavailable sorted, so equal availabilities compare equal
 */
public record Availability(boolean paused, Optional<String> pauseReason, List<DatePeriod> unavailable) {

    public static final int MAX_PERIODS = 50;
    private static final Pattern REASON = Pattern.compile("(?U)[^\\p{Cntrl}]{1,500}");

    public Availability {
        Checks.present(pauseReason, "pauseReason");
        pauseReason = pauseReason.map(String::strip);
        pauseReason.ifPresent(reason -> Checks.matches(reason, REASON, "pauseReason", "1-500 printable characters"));
        if (paused != pauseReason.isPresent()) {
            throw DomainProblem.invalid(Checks.INVALID_VALUE,
                    paused ? "a pause needs a reason" : "only a pause has a reason", "pauseReason");
        }
        unavailable = List.copyOf(Checks.sortedSet(unavailable, 0, MAX_PERIODS, "unavailable"));
    }

    public static Availability active() {
        return new Availability(false, Optional.empty(), List.of());
    }

    public boolean availableOn(LocalDate day) {
        return !paused && unavailable.stream().noneMatch(period -> period.covers(day));
    }
}
