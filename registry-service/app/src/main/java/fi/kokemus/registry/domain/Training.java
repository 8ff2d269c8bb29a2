package fi.kokemus.registry.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A completed training.
 *
 * @param validUntil when the training has to be refreshed, if it has to
 */
public record Training(TrainingType type, int hours, String provider, LocalDate completedOn,
        Optional<LocalDate> validUntil) implements Comparable<Training> {

    public static final int MAX_HOURS = 500;
    private static final Comparator<Training> ORDER = Comparator.comparing(Training::completedOn)
            .thenComparing(Training::type)
            .thenComparing(Training::provider)
            .thenComparingInt(Training::hours)
            .thenComparing(training -> training.validUntil().orElse(LocalDate.MAX));
    private static final Pattern PROVIDER = Pattern.compile("(?U)[^\\p{Cntrl}]{1,200}");

    public Training {
        Checks.present(type, "trainings.type");
        if (hours < 1 || hours > MAX_HOURS) {
            throw DomainProblem.invalid(Checks.INVALID_VALUE, "trainings.hours must be 1-" + MAX_HOURS,
                    "trainings.hours");
        }
        provider = Checks.matches(provider == null ? null : provider.strip(), PROVIDER, "trainings.provider",
                "1-200 printable characters");
        Checks.present(completedOn, "trainings.completedOn");
        Checks.present(validUntil, "trainings.validUntil");
        if (validUntil.filter(until -> until.isBefore(completedOn)).isPresent()) {
            throw DomainProblem.invalid(Checks.INVALID_VALUE, "trainings.validUntil is before completedOn",
                    "trainings.validUntil");
        }
    }

    /** Counts on {@code day}: completed and not expired. */
    public boolean validOn(LocalDate day) {
        return !completedOn.isAfter(day) && validUntil.map(until -> !until.isBefore(day)).orElse(true);
    }

    @Override
    public int compareTo(Training other) {
        return ORDER.compare(this, other);
    }
}
