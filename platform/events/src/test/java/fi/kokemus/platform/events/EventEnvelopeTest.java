package fi.kokemus.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventEnvelopeTest {

    @Test
    void refusesAnEnvelopeWithoutId() {
        assertThatThrownBy(() -> new EventEnvelope<>(" ", "t", "s", Instant.now(), "x", null, 1, "tr", "d"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id");
    }

    @Test
    void refusesNonPositiveSchemaVersion() {
        assertThatThrownBy(() -> new EventEnvelope<>("1", "t", "s", Instant.now(), "x", null, 0, "tr", "d"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contractTopicsAreVersionedAndHaveADeadLetterTopic() {
        var contract = new EventContract<>("ordering.assignment-events.v1", "ordering.work-approved", 1, String.class);
        assertThat(contract.deadLetterTopic()).isEqualTo("ordering.assignment-events.v1.dlt");
        assertThatThrownBy(() -> new EventContract<>("assignments", "x", 1, String.class))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
