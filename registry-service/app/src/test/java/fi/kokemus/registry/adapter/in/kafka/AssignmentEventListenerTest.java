package fi.kokemus.registry.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.ordering.contract.AssignmentChanged;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.platform.events.EventContract;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.events.InvalidEventException;
import fi.kokemus.registry.domain.AcceptedAssignment;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AssignmentEventListenerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant STARTS_AT = Instant.parse("2026-12-04T10:00:00Z");

    private final EventWriter ordering = new EventWriter("ordering-service", JSON,
            Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC));
    private final List<AcceptedAssignment> recorded = new ArrayList<>();
    private final AssignmentEventListener listener = new AssignmentEventListener(new EventReader(JSON), recorded::add);

    @Test
    void anAcceptedAssignmentIsRecordedForItsExpert() {
        listener.on(orderingEvent(OrderingEvents.ASSIGNMENT_ACCEPTED, change("expert-1", "A-1", STARTS_AT)));

        assertThat(recorded).containsExactly(new AcceptedAssignment("expert-1", "A-1", "soite-mental-health-unit", STARTS_AT));
    }

    @Test
    void otherOrderingEventsAndUnknownTypesAreIgnored() {
        listener.on(orderingEvent(OrderingEvents.EXPERT_ASSIGNED, change("expert-1", "A-1", STARTS_AT)));
        listener.on(orderingEvent(OrderingEvents.ASSIGNMENT_DECLINED, change("expert-1", "A-1", STARTS_AT)));
        listener.on(orderingEvent(new EventContract<>(OrderingEvents.TOPIC, "ordering.assignment-rescheduled", 1,
                AssignmentChanged.class), change("expert-1", "A-1", STARTS_AT)));

        assertThat(recorded).isEmpty();
    }

    @Test
    void unreadableMessagesAreInvalidEvents() {
        assertThatThrownBy(() -> listener.on("{not json")).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> listener.on(orderingEvent(OrderingEvents.ASSIGNMENT_ACCEPTED, change(" ", "A-1", STARTS_AT))))
                .isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> listener.on(orderingEvent(OrderingEvents.ASSIGNMENT_ACCEPTED, change("expert-1", null, STARTS_AT))))
                .isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> listener.on(orderingEvent(OrderingEvents.ASSIGNMENT_ACCEPTED, change("expert-1", "A-1", null))))
                .isInstanceOf(InvalidEventException.class);
        assertThat(recorded).isEmpty();
    }

    private <T> String orderingEvent(EventContract<T> contract, T data) {
        return ordering.write(contract, "order-1", "keski-pohjanmaa", data).payload();
    }

    private static AssignmentChanged change(String expertId, String assignmentId, Instant startsAt) {
        return new AssignmentChanged("order-1", assignmentId, expertId, "aino.t", "keski-pohjanmaa",
                "soite-mental-health-unit", startsAt);
    }
}
