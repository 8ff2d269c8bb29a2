package fi.kokemus.fee.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.fee.application.port.in.PriceApprovedWorkCommand;
import fi.kokemus.fee.application.port.in.PricingOutcome;
import fi.kokemus.fee.application.port.out.InMemoryFeeLineRepository;
import fi.kokemus.fee.application.port.out.InMemoryTariffRepository;
import fi.kokemus.fee.application.service.PriceApprovedWorkService;
import fi.kokemus.fee.domain.PublishedTariffs;
import fi.kokemus.ordering.contract.AssignmentChanged;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.ordering.contract.WorkApproved;
import fi.kokemus.platform.events.EventReader;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.events.InvalidEventException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class WorkApprovedListenerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EventWriter ORDERING = new EventWriter("ordering-service", JSON, Clock.systemUTC());
    private static final Instant MONDAY_MORNING = Instant.parse("2025-06-16T06:00:00Z");

    private final List<PriceApprovedWorkCommand> priced = new ArrayList<>();
    private final WorkApprovedListener listener = new WorkApprovedListener(new EventReader(JSON), command -> {
        priced.add(command);
        return PricingOutcome.RECORDED;
    });

    @Test
    void pricesTheApprovedWorkAsOrderingDescribedIt() {
        WorkApproved approval = new WorkApproved("order-1", "assignment-1", "expert-1", "aino.testinen",
                "keski-pohjanmaa", "soite-mental-health-unit", "KP-4100", "STORY_TELLING", "STUDENTS",
                MONDAY_MORNING, 1, 45, "orderer.soite");

        listener.onOrderingEvent(ORDERING.write(OrderingEvents.WORK_APPROVED, "order-1", "keski-pohjanmaa", approval)
                .payload());

        assertThat(priced).containsExactly(new PriceApprovedWorkCommand("order-1", "assignment-1", "expert-1",
                "keski-pohjanmaa", "soite-mental-health-unit", "KP-4100", "STORY_TELLING", MONDAY_MORNING, 1, 45));
    }

    @Test
    void ignoresTheOtherOrderingEvents() {
        AssignmentChanged accepted = new AssignmentChanged("order-1", "assignment-1", "expert-1", "aino.testinen",
                "keski-pohjanmaa", "soite-mental-health-unit", MONDAY_MORNING);

        listener.onOrderingEvent(ORDERING.write(OrderingEvents.ASSIGNMENT_ACCEPTED, "order-1", "keski-pohjanmaa",
                accepted).payload());

        assertThat(priced).isEmpty();
    }

    @Test
    void anApprovalThatNamesNoAssignmentCanNeverBePricedSoItIsParkedAtOnce() {
        var service = new PriceApprovedWorkService(new InMemoryFeeLineRepository(),
                new InMemoryTariffRepository(PublishedTariffs.all()));
        var realListener = new WorkApprovedListener(new EventReader(JSON), service);
        WorkApproved incomplete = new WorkApproved("order-1", null, "expert-1", "aino.testinen", "keski-pohjanmaa",
                "soite-mental-health-unit", "KP-4100", "STORY_TELLING", "STUDENTS", MONDAY_MORNING, 1, 45,
                "orderer.soite");
        String message = ORDERING.write(OrderingEvents.WORK_APPROVED, "order-1", "keski-pohjanmaa", incomplete)
                .payload();

        assertThatThrownBy(() -> realListener.onOrderingEvent(message)).isInstanceOf(InvalidEventException.class);
    }

    @Test
    void aMessageThatIsNoEventIsParkedAtOnce() {
        assertThatThrownBy(() -> listener.onOrderingEvent("[1, 2, 3]")).isInstanceOf(InvalidEventException.class);
        assertThat(priced).isEmpty();
    }
}
