package fi.kokemus.ordering.adapter.in.web;

import fi.kokemus.ordering.application.port.in.PlaceOrderCommand;
import fi.kokemus.ordering.domain.Audience;
import fi.kokemus.ordering.domain.ClientConsent;
import fi.kokemus.ordering.domain.EventScope;
import fi.kokemus.ordering.domain.ExpertRole;
import fi.kokemus.ordering.domain.OrderForm;
import fi.kokemus.ordering.domain.Route;
import fi.kokemus.ordering.domain.Schedule;
import fi.kokemus.ordering.domain.Session;
import fi.kokemus.ordering.domain.Venue;
import fi.kokemus.platform.problem.DomainProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The order form. Give either {@code place} or {@code remote: true}. The schedule is one of: a
 * one-off ({@code startsAt}), a series ({@code startsAt}, {@code sessions}, {@code frequency}) or
 * explicit times ({@code sessionTimes}); every session lasts {@code durationMinutes}. A
 * {@code DIRECT} order names its experts in {@code expertIds}.
 */
public record PlaceOrderRequest(
        Route route,
        @NotBlank @Pattern(regexp = OrderForm.TASK_TYPE_PATTERN) String taskType,
        @NotNull ExpertRole role,
        @NotBlank @Size(max = OrderForm.MAX_TOPIC_LENGTH) String topic,
        @Size(max = OrderForm.MAX_TOPIC_LENGTH) String experienceWanted,
        @NotNull Audience audience,
        @Size(max = Venue.MAX_PLACE_LENGTH) String place,
        Boolean remote,
        @NotBlank @Pattern(regexp = OrderForm.LANGUAGE_PATTERN) String language,
        @Min(1) @Max(OrderForm.MAX_EXPERTS) Integer expertsNeeded,
        Boolean preparationExpected,
        @NotNull EventScope eventScope,
        @NotBlank @Size(max = OrderForm.MAX_COST_CENTRE_LENGTH) String costCentre,
        @Valid ConsentRequest consent,
        @Size(max = OrderForm.MAX_DESCRIPTION_LENGTH) String description,
        Instant startsAt,
        @NotNull @Min(Session.MIN_DURATION_MINUTES) @Max(Session.MAX_DURATION_MINUTES) Integer durationMinutes,
        @Min(1) @Max(Schedule.MAX_SESSIONS) Integer sessions,
        Schedule.Frequency frequency,
        @Size(max = Schedule.MAX_SESSIONS) List<@NotNull Instant> sessionTimes,
        @Size(max = OrderForm.MAX_EXPERTS) List<@NotBlank @Size(max = 100) String> expertIds) {

    /** @param givenOn the day the client consented */
    public record ConsentRequest(@NotNull LocalDate givenOn, @NotBlank @Size(max = 200) String recordedBy) {
    }

    PlaceOrderCommand toCommand() {
        OrderForm form = new OrderForm(taskType, role, topic, experienceWanted, audience,
                Venue.of(place, Boolean.TRUE.equals(remote)), language, Objects.requireNonNullElse(expertsNeeded, 1),
                Boolean.TRUE.equals(preparationExpected), eventScope, costCentre,
                consent == null ? null : new ClientConsent(consent.givenOn(), consent.recordedBy()), description);
        return new PlaceOrderCommand(Objects.requireNonNullElse(route, Route.COORDINATED), form, schedule(), expertIds);
    }

    private Schedule schedule() {
        boolean explicit = sessionTimes != null && !sessionTimes.isEmpty();
        boolean recurring = frequency != null || sessions != null;
        if (explicit == (startsAt != null) || (explicit && recurring)) {
            throw DomainProblem.invalid("invalid-schedule", "Give either startsAt (with sessions and frequency for "
                    + "a series) or sessionTimes", "startsAt");
        }
        if (explicit) {
            return new Schedule.Explicit(sessionTimes, durationMinutes);
        }
        if (recurring) {
            return new Schedule.Recurring(startsAt, durationMinutes, Objects.requireNonNullElse(sessions, 0), frequency);
        }
        return new Schedule.OneOff(startsAt, durationMinutes);
    }
}
