package fi.kokemus.fee.adapter.in.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AutomaticBatchClosingTest {

    @Test
    void closesTheDueBatchesEachTimeItRuns() {
        AtomicInteger runs = new AtomicInteger();
        AutomaticBatchClosing job = new AutomaticBatchClosing(() -> {
            runs.incrementAndGet();
            return List.of();
        });

        job.closeDueBatches();
        job.closeDueBatches();

        assertThat(runs).hasValue(2);
    }
}
