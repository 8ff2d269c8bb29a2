package fi.kokemus.ordering.adapter.in.web;

import fi.kokemus.ordering.domain.Assignment;
import fi.kokemus.ordering.domain.CancelCause;
import fi.kokemus.ordering.domain.EarlyEndReason;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.Session;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The small request bodies of the order's steps. */
final class Requests {

    private Requests() {
    }

    record Proposal(@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> expertIds) {
    }

    /** @param expertId the registry's id of the expert */
    record ExpertChoice(@NotBlank @Size(max = 100) String expertId) {
    }

    /** @param reason optional; seen by the order's staff */
    record Decline(@Size(max = Assignment.MAX_REASON_LENGTH) String reason) {
    }

    record Withdrawal(@NotNull CancelCause cause) {
    }

    record Cancellation(@NotBlank @Size(max = Order.MAX_REASON_LENGTH) String reason) {
    }

    record EarlyEnd(@NotNull EarlyEndReason reason) {
    }

    record Reschedule(@NotNull Instant startsAt,
            @NotNull @Min(Session.MIN_DURATION_MINUTES) @Max(Session.MAX_DURATION_MINUTES) Integer durationMinutes) {
    }

    record Return(@NotBlank @Size(max = Order.MAX_REASON_LENGTH) String comment) {
    }
}
