package fi.kokemus.fee.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * The versions a new tariff decision stores.
 *
 * @param endedPredecessor the open-ended version before it, now ending the day before {@code next} starts
 */
public record TariffSuccession(Optional<Tariff> endedPredecessor, Tariff next) {

    public TariffSuccession {
        Objects.requireNonNull(endedPredecessor, "endedPredecessor");
        Objects.requireNonNull(next, "next");
    }
}
