package fi.kokemus.ordering.adapter.in.web;

import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderAccess;
import fi.kokemus.ordering.domain.OrderForm;
import fi.kokemus.ordering.domain.OrderState;
import fi.kokemus.ordering.domain.Session;
import fi.kokemus.ordering.domain.Venue;
import fi.kokemus.platform.actor.Actor;
import java.time.Instant;
import java.util.List;

/**
 * An order as the caller may see it: experts see only their own assignment and no candidates.
 *
 * @param state as of the time of the answer
 */
public record OrderResponse(
        String id,
        OrderState state,
        String route,
        String county,
        String unitId,
        String orderedBy,
        String taskType,
        String role,
        String topic,
        String experienceWanted,
        String audience,
        String place,
        boolean remote,
        String language,
        int expertsNeeded,
        boolean preparationExpected,
        String eventScope,
        String costCentre,
        boolean clientWork,
        boolean groupWork,
        String description,
        List<SessionResponse> sessions,
        List<String> candidates,
        List<AssignmentResponse> assignments,
        CancellationResponse cancellation) {

    public record SessionResponse(String sessionId, Instant startsAt, int durationMinutes, Session.Status status) {
    }

    public record CancellationResponse(String cancelledBy, Instant cancelledAt, String reason) {
    }

    static OrderResponse of(Order order, Actor viewer, Instant now) {
        OrderForm form = order.form();
        boolean staff = OrderAccess.isCoordinatorOf(viewer, order) || OrderAccess.isOrderingUnitOf(viewer, order);
        return new OrderResponse(order.id().toString(), order.state(now), order.route().name(), order.county(),
                order.unit().unitId(), order.orderedBy(), form.taskType(), form.role().name(), form.topic(),
                form.experienceWanted(), form.audience().name(), placeOf(form.venue()),
                form.venue() instanceof Venue.Remote, form.language(), form.expertsNeeded(),
                form.preparationExpected(), form.eventScope().name(), form.costCentre(), order.task().clientWork(),
                order.task().groupWork(), form.description(),
                order.sessions().stream().map(session -> new SessionResponse(session.id().toString(),
                        session.startsAt(), session.durationMinutes(), session.status())).toList(),
                staff ? order.candidates() : List.of(),
                OrderAccess.visibleAssignments(viewer, order).stream().map(AssignmentResponse::of).toList(),
                order.cancellation().map(cancelled -> new CancellationResponse(cancelled.by(), cancelled.at(),
                        cancelled.reason())).orElse(null));
    }

    private static String placeOf(Venue venue) {
        return venue instanceof Venue.OnSite onSite ? onSite.place() : null;
    }
}
