package fi.kokemus.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventWriterReaderTest {

    record Greeting(String who, int times) {
    }

    private static final EventContract<Greeting> GREETED =
            new EventContract<>("test.greetings.v1", "test.greeted", 2, Greeting.class);

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC);
    private final EventWriter writer = new EventWriter("test-service", mapper, clock);
    private final EventReader reader = new EventReader(mapper);

    @Test
    void writesTheWholeEnvelopeAndReadsThePayloadBack() {
        var message = writer.write(GREETED, "subject-1", "keski-pohjanmaa", new Greeting("Aino", 2));

        var envelope = reader.read(message.payload());
        assertThat(message.topic()).isEqualTo("test.greetings.v1");
        assertThat(message.key()).isEqualTo("subject-1");
        assertThat(envelope.id()).isEqualTo(message.eventId());
        assertThat(envelope.type()).isEqualTo("test.greeted");
        assertThat(envelope.source()).isEqualTo("test-service");
        assertThat(envelope.time()).isEqualTo(clock.instant());
        assertThat(envelope.county()).isEqualTo("keski-pohjanmaa");
        assertThat(envelope.schemaVersion()).isEqualTo(2);
        assertThat(envelope.traceId()).isNotBlank();
        assertThat(reader.data(envelope, GREETED)).isEqualTo(new Greeting("Aino", 2));
        assertThat(message.payload()).contains("\"time\":\"2026-11-23T10:15:30Z\"");
    }

    @Test
    void carriesTheCurrentTraceId() {
        try (var scope = TraceIds.open("trace-abcdefgh")) {
            var message = writer.write(GREETED, "s", null, new Greeting("Eero", 1));
            assertThat(reader.read(message.payload()).traceId()).isEqualTo("trace-abcdefgh");
        }
    }

    @Test
    void ignoresFieldsTheConsumerDoesNotKnow() {
        String json = """
                {"id":"e1","type":"test.greeted","source":"s","time":"2026-01-01T00:00:00Z","subject":"x",
                 "county":null,"schemaVersion":2,"traceId":"t","newEnvelopeField":1,
                 "data":{"who":"Aino","times":3,"addedLater":"ignored"}}""";

        assertThat(reader.data(reader.read(json), GREETED)).isEqualTo(new Greeting("Aino", 3));
    }

    @Test
    void malformedMessagesAreInvalidEvents() {
        assertThatThrownBy(() -> reader.read("not json")).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> reader.read("{\"id\":\"\",\"type\":\"t\"}")).isInstanceOf(InvalidEventException.class);
    }

    @Test
    void aPayloadBreakingTheContractIsAnInvalidEvent() {
        String json = """
                {"id":"e1","type":"test.greeted","source":"s","time":"2026-01-01T00:00:00Z","subject":"x",
                 "schemaVersion":2,"traceId":"t","data":{"who":"Aino","times":"many"}}""";

        assertThatThrownBy(() -> reader.data(reader.read(json), GREETED)).isInstanceOf(InvalidEventException.class);
    }
}
