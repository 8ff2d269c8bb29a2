package fi.kokemus.fee.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.util.Objects;

/** One tariff row: the amount paid for one task type, per occasion or per hour. */
public record TariffRate(Money amount, TariffUnit unit) {

    public TariffRate {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        if (!amount.isPositive()) {
            throw DomainProblem.invalid("invalid-tariff", "A tariff amount must be positive", "amountCents");
        }
    }

    public static TariffRate perOccasion(long cents) {
        return new TariffRate(Money.ofCents(cents), TariffUnit.PER_OCCASION);
    }

    public static TariffRate perHour(long cents) {
        return new TariffRate(Money.ofCents(cents), TariffUnit.PER_HOUR);
    }

    /** Amount × occasions, or the hourly amount pro rata for the minutes worked (half-up to the cent). */
    public Money priceFor(int occasions, int minutesWorked) {
        return switch (unit) {
            case PER_OCCASION -> amount.times(occasions);
            case PER_HOUR -> amount.perHourFor(minutesWorked);
        };
    }

    /** Whether the work reports any of what this rate pays for. */
    public boolean paysFor(int occasions, int minutesWorked) {
        return switch (unit) {
            case PER_OCCASION -> occasions > 0;
            case PER_HOUR -> minutesWorked > 0;
        };
    }
}
