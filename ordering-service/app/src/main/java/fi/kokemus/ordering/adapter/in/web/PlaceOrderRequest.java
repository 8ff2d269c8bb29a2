package fi.kokemus.ordering.adapter.in.web;

import fi.kokemus.ordering.domain.Audience;
import fi.kokemus.ordering.domain.OrderForm;
import fi.kokemus.ordering.domain.Venue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The order form; give either {@code place} or {@code remote: true}. */
public record PlaceOrderRequest(
        @NotBlank @Pattern(regexp = OrderForm.TASK_TYPE_PATTERN) String taskType,
        @NotBlank @Size(max = OrderForm.MAX_TOPIC_LENGTH) String topic,
        @NotNull Audience audience,
        @NotNull Instant startsAt,
        @NotNull @Min(OrderForm.MIN_DURATION_MINUTES) @Max(OrderForm.MAX_DURATION_MINUTES) Integer durationMinutes,
        @Size(max = Venue.MAX_PLACE_LENGTH) String place,
        Boolean remote,
        @NotBlank @Size(max = OrderForm.MAX_COST_CENTRE_LENGTH) String costCentre,
        @NotBlank @Pattern(regexp = OrderForm.LANGUAGE_PATTERN) String language,
        @Size(max = OrderForm.MAX_DESCRIPTION_LENGTH) String description) {

    OrderForm toForm() {
        return new OrderForm(taskType, topic, audience, startsAt, durationMinutes,
                Venue.of(place, Boolean.TRUE.equals(remote)), costCentre, language, description);
    }
}
