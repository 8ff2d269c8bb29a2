package fi.kokemus.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkloadWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    private final WorkloadWindow window = new WorkloadWindow(Duration.ofDays(180));

    @Test
    void startsFromTheWindowsBeginningOnAreRecent() {
        assertThat(window.recentSince(NOW)).isEqualTo(Instant.parse("2026-05-24T08:00:00Z"));
        assertThat(window.isRecent(Instant.parse("2026-05-24T08:00:00Z"), NOW)).isTrue();
        assertThat(window.isRecent(Instant.parse("2027-05-24T08:00:00Z"), NOW)).isTrue();
        assertThat(window.isRecent(Instant.parse("2026-05-24T07:59:59Z"), NOW)).isFalse();
    }

    @Test
    void theWindowMustBePositive() {
        assertThatThrownBy(() -> new WorkloadWindow(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkloadWindow(Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
