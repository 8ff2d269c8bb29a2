package fi.kokemus.registry.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.ordering.contract.AssignmentCancelled;
import fi.kokemus.ordering.contract.AssignmentChanged;
import fi.kokemus.ordering.contract.ExpertOffered;
import fi.kokemus.ordering.contract.ExpertRef;
import fi.kokemus.ordering.contract.OrderCancelled;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.ordering.contract.SessionTime;
import fi.kokemus.platform.events.EventContract;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.events.InvalidEventException;
import fi.kokemus.registry.application.port.in.RecordAssignmentUseCase;
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
    private final List<String> withdrawn = new ArrayList<>();
    private final AssignmentEventListener listener = new AssignmentEventListener(new EventReader(JSON),
            new RecordAssignmentUseCase() {
                @Override
                public void recordAccepted(AcceptedAssignment assignment) {
                    recorded.add(assignment);
                }

                @Override
                public void recordWithdrawn(String expertId, String assignmentId) {
                    withdrawn.add(expertId + "/" + assignmentId);
                }
            });

    @Test
    void anAcceptedAssignmentIsRecordedForItsExpert() {
        listener.on(orderingEvent(OrderingEvents.ASSIGNMENT_ACCEPTED, change("expert-1", "A-1", STARTS_AT)));

        assertThat(recorded).containsExactly(new AcceptedAssignment("expert-1", "A-1", "soite-mental-health-unit", STARTS_AT));
    }

    @Test
    void anExpertsCancellationWithdrawsTheirAssignment() {
        listener.on(orderingEvent(OrderingEvents.ASSIGNMENT_CANCELLED, new AssignmentCancelled("order-1", "A-1",
                "expert-1", "aino.t", "keski-pohjanmaa", "soite-mental-health-unit", "ILLNESS", "aino.t",
                Instant.parse("2026-12-03T07:00:00Z"), List.of(new SessionTime("s-1", STARTS_AT, 90)))));

        assertThat(withdrawn).containsExactly("expert-1/A-1");
    }

    @Test
    void theUnitsCancellationWithdrawsEveryExpertWhoHadAccepted() {
        listener.on(orderingEvent(OrderingEvents.ORDER_CANCELLED, orderCancelled(List.of(
                new ExpertRef("A-1", "expert-1", "aino.t"), new ExpertRef("A-2", "expert-2", "olli.t")))));

        assertThat(withdrawn).containsExactly("expert-1/A-1", "expert-2/A-2");
    }

    @Test
    void aCancellationNamingAnExpertWithoutIdsIsInvalidAndWithdrawsNothing() {
        String incomplete = orderingEvent(OrderingEvents.ORDER_CANCELLED, orderCancelled(List.of(
                new ExpertRef("A-1", "expert-1", "aino.t"), new ExpertRef(null, "expert-2", "olli.t"))));

        assertThatThrownBy(() -> listener.on(incomplete)).isInstanceOf(InvalidEventException.class);
        assertThat(withdrawn).isEmpty();
    }

    @Test
    void otherOrderingEventsAndUnknownTypesAreIgnored() {
        listener.on(orderingEvent(OrderingEvents.EXPERT_OFFERED, new ExpertOffered("order-1", "A-1", "expert-1", "aino.t",
                "keski-pohjanmaa", "soite-mental-health-unit", STARTS_AT, STARTS_AT.minusSeconds(3600))));
        listener.on(orderingEvent(OrderingEvents.ASSIGNMENT_DECLINED, change("expert-1", "A-1", STARTS_AT)));
        listener.on(orderingEvent(new EventContract<>(OrderingEvents.TOPIC, "ordering.assignment-rescheduled", 1,
                AssignmentChanged.class), change("expert-1", "A-1", STARTS_AT)));

        assertThat(recorded).isEmpty();
        assertThat(withdrawn).isEmpty();
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

    private static OrderCancelled orderCancelled(List<ExpertRef> experts) {
        return new OrderCancelled("order-1", "keski-pohjanmaa", "soite-mental-health-unit", "SOITE-4100",
                "EXPERT_BY_EXPERIENCE", "LECTURE_REGIONAL", "REGIONAL", false, "orderer.soite",
                Instant.parse("2026-12-03T13:05:00Z"), "The training day was called off",
                List.of(new SessionTime("s-1", STARTS_AT, 90)), experts);
    }

    private static AssignmentChanged change(String expertId, String assignmentId, Instant startsAt) {
        return new AssignmentChanged("order-1", assignmentId, expertId, "aino.t", "keski-pohjanmaa",
                "soite-mental-health-unit", startsAt);
    }
}
