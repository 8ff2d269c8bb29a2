package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.registry.domain.Availability;
import fi.kokemus.registry.domain.DatePeriod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Paused or not, why (only the expert and their coordinator see it), and single days off. */
record AvailabilityRequest(
        @NotNull Boolean paused,
        @Size(max = 500) String pauseReason,
        @Size(max = Availability.MAX_PERIODS) List<@NotNull @Valid Period> unavailable) {

    record Period(@NotNull LocalDate from, @NotNull LocalDate until) {
    }

    Availability toAvailability() {
        List<DatePeriod> periods = unavailable == null ? List.of()
                : unavailable.stream().map(period -> new DatePeriod(period.from(), period.until())).toList();
        return new Availability(paused, Optional.ofNullable(pauseReason), periods);
    }
}
