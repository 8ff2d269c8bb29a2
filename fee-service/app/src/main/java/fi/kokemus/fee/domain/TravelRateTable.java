package fi.kokemus.fee.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The tax-free travel maxima by year; sources in docs/fees.md. */
public record TravelRateTable(List<TravelRates> versions) {

    public static final TravelRateTable PUBLISHED = new TravelRateTable(List.of(
            TravelRates.forYear(2024, 57, 4, 5100, 2400, 1275),
            TravelRates.forYear(2025, 59, 4, 5300, 2400, 1325),
            TravelRates.forYear(2026, 55, 4, 5400, 2500, 1350)));

    public TravelRateTable {
        versions = List.copyOf(versions);
    }

    public Optional<TravelRates> ratesOn(LocalDate date) {
        return versions.stream().filter(rates -> rates.validOn(date)).findFirst();
    }
}
