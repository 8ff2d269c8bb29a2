package fi.kokemus.ordering.adapter.in.web;

import fi.kokemus.ordering.domain.Audience;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderAccess;
import fi.kokemus.ordering.domain.OrderForm;
import fi.kokemus.ordering.domain.OrderState;
import fi.kokemus.ordering.domain.Venue;
import fi.kokemus.platform.actor.Actor;
import java.time.Instant;
import java.util.List;

/** An order and the offers made for it that the caller may see. */
public record OrderResponse(
        String id,
        OrderState state,
        String county,
        String unitId,
        String orderedBy,
        String taskType,
        String topic,
        Audience audience,
        Instant startsAt,
        int durationMinutes,
        String place,
        boolean remote,
        String costCentre,
        String language,
        String description,
        List<AssignmentResponse> assignments) {

    static OrderResponse of(Order order, Actor viewer) {
        OrderForm form = order.form();
        return new OrderResponse(order.id().toString(), order.state(), order.county(), order.unit().unitId(),
                order.orderedBy(), form.taskType(), form.topic(), form.audience(), form.startsAt(),
                form.durationMinutes(), placeOf(form.venue()), form.venue() instanceof Venue.Remote,
                form.costCentre(), form.language(), form.description(),
                OrderAccess.visibleAssignments(viewer, order).stream()
                        .map(assignment -> AssignmentResponse.of(order, assignment))
                        .toList());
    }

    static String placeOf(Venue venue) {
        return venue instanceof Venue.OnSite onSite ? onSite.place() : null;
    }
}
