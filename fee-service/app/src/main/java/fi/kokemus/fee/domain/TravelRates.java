package fi.kokemus.fee.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The Finnish Tax Administration's tax-free maxima for travel costs, valid from {@code validFrom}
 * through {@code validUntil} (inclusive).
 *
 * @param perKilometre          own car
 * @param perPassengerKilometre supplement per passenger carried, per kilometre
 * @param fullPerDiem           domestic trip over 10 hours
 * @param partialPerDiem        domestic trip over 6 hours
 * @param mealAllowance         one meal, when no per diem is paid and the usual place to eat cannot be used
 */
public record TravelRates(LocalDate validFrom, LocalDate validUntil, Money perKilometre,
        Money perPassengerKilometre, Money fullPerDiem, Money partialPerDiem, Money mealAllowance) {

    public TravelRates {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
    }

    public static TravelRates forYear(int year, long perKilometreCents, long perPassengerKilometreCents,
            long fullPerDiemCents, long partialPerDiemCents, long mealAllowanceCents) {
        return new TravelRates(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                Money.ofCents(perKilometreCents), Money.ofCents(perPassengerKilometreCents),
                Money.ofCents(fullPerDiemCents), Money.ofCents(partialPerDiemCents), Money.ofCents(mealAllowanceCents));
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validUntil);
    }
}
