package fi.kokemus.fee.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of euros held as whole cents, so sums never drift; any division says how it rounds.
 */
public record Money(long cents) {

    public static final String CURRENCY = "EUR";

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    public Money times(int quantity) {
        return new Money(Math.multiplyExact(cents, quantity));
    }

    /** This amount as an hourly rate, paid for {@code minutes}, rounded half-up to the cent. */
    public Money perHourFor(int minutes) {
        BigDecimal exact = BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(minutes))
                .divide(MINUTES_PER_HOUR, 0, RoundingMode.HALF_UP);
        return new Money(exact.longValueExact());
    }

    public boolean isPositive() {
        return cents > 0;
    }
}
