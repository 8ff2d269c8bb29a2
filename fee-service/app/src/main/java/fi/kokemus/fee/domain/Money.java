package fi.kokemus.fee.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of euros held as whole cents, so sums never drift; any division says how it rounds.
 */
public record Money(long cents) {

    public static final String CURRENCY = "EUR";
    public static final Money ZERO = new Money(0);

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    public Money times(int quantity) {
        return new Money(Math.multiplyExact(cents, quantity));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money negated() {
        return new Money(Math.negateExact(cents));
    }

    public Money min(Money other) {
        return cents <= other.cents ? this : other;
    }

    public Money max(Money other) {
        return cents >= other.cents ? this : other;
    }

    /** This amount as an hourly rate, paid for {@code minutes}, rounded half-up to the cent. */
    public Money perHourFor(int minutes) {
        BigDecimal exact = BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(minutes))
                .divide(MINUTES_PER_HOUR, 0, RoundingMode.HALF_UP);
        return new Money(exact.longValueExact());
    }

    /** Half of this amount, rounded half-up to the cent. */
    public Money half() {
        return new Money(BigDecimal.valueOf(cents).divide(BigDecimal.valueOf(2), 0, RoundingMode.HALF_UP)
                .longValueExact());
    }

    /** {@code percent} % of this amount, exact (not rounded): callers round the sum they pay. */
    public BigDecimal exactPercent(BigDecimal percent) {
        return BigDecimal.valueOf(cents).multiply(percent).divide(HUNDRED);
    }

    /** Exact cents rounded half-up to a whole cent. */
    public static Money roundHalfUp(BigDecimal exactCents) {
        return new Money(exactCents.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    public boolean isPositive() {
        return cents > 0;
    }

    public boolean isNegative() {
        return cents < 0;
    }
}
