package fi.kokemus.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceIdFormatTest {

    @Test
    void keepsAPlainTokenAndReplacesAnythingElse() {
        assertThat(TraceIdFormat.sanitise("trace-12345678")).isEqualTo("trace-12345678");
        assertThat(TraceIdFormat.sanitise("bad id\r\nX-Injected: 1")).matches("[0-9a-f]{32}");
        assertThat(TraceIdFormat.sanitise("short")).matches("[0-9a-f]{32}");
        assertThat(TraceIdFormat.sanitise(null)).matches("[0-9a-f]{32}");
    }
}
