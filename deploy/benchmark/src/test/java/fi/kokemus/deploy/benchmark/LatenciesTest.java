package fi.kokemus.deploy.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    private final Latencies oneToHundredMillis = Latencies.of(LongStream.rangeClosed(1, 100)
            .map(millis -> Duration.ofMillis(101 - millis).toNanos()).boxed().toList());

    @Test
    void readsNearestRankPercentilesWhateverTheOrderOfMeasurement() {
        assertThat(oneToHundredMillis.percentile(50)).isEqualTo(Duration.ofMillis(50));
        assertThat(oneToHundredMillis.percentile(95)).isEqualTo(Duration.ofMillis(95));
        assertThat(oneToHundredMillis.percentile(99)).isEqualTo(Duration.ofMillis(99));
        assertThat(oneToHundredMillis.percentile(100)).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void roundsARankBetweenTwoValuesUp() {
        Latencies three = Latencies.of(List.of(30L, 10L, 20L));

        assertThat(three.percentile(50)).isEqualTo(Duration.ofNanos(20));
        assertThat(three.percentile(99)).isEqualTo(Duration.ofNanos(30));
        assertThat(three.percentile(1)).isEqualTo(Duration.ofNanos(10));
        assertThat(three.count()).isEqualTo(3);
    }

    @Test
    void refusesAnEmptySeriesAndPercentilesOutsideTheRange() {
        assertThatThrownBy(() -> Latencies.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> oneToHundredMillis.percentile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> oneToHundredMillis.percentile(100.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
