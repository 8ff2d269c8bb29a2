package fi.kokemus.deploy.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    /** 100 requests in 2 s: 50 req/s, every latency 40 ms. */
    private static final Measurement SERVICE = new Measurement(100, Duration.ofSeconds(2),
            Latencies.of(List.of(Duration.ofMillis(40).toNanos())));
    /** 100 requests in 0.5 s: 200 req/s. */
    private static final Measurement RAW = new Measurement(100, Duration.ofMillis(500),
            Latencies.of(List.of(Duration.ofMillis(10).toNanos(), Duration.ofMillis(12).toNanos())));

    @Test
    void givesRateLatenciesAndHowManyTimesTheRawTimeEachCaseTakes() {
        ResultTable table = new ResultTable();
        table.measured("search at 10 profiles", "topic", "raw driver", RAW, "req/s", null, "7 found");
        table.measured("search at 10 profiles", "topic", "service", SERVICE, "req/s", RAW, "");

        assertThat(table.markdown()).isEqualTo("""
                | phase | case | via | rate | p50 ms | p95 ms | p99 ms | time ×raw | note |
                | --- | --- | --- | --- | --- | --- | --- | --- | --- |
                | search at 10 profiles | topic | raw driver | 200.0 req/s | 10.0 | 12.0 | 12.0 |  | 7 found |
                | search at 10 profiles | topic | service | 50.0 req/s | 40.0 | 40.0 | 40.0 | 4.0 |  |
                """);
    }

    @Test
    void alignsEveryColumnInPlainText() {
        ResultTable table = new ResultTable();
        table.measured("sync 10 members", "upsert", "service", SERVICE, "records/s", RAW, "a|b");
        table.failed("sync 10 members", "upsert", "gateway", "404");

        List<String> lines = table.plainText().lines().toList();

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("phase            case    via      rate");
        assertThat(lines.get(1)).startsWith("sync 10 members  upsert  service  50.0 records/s");
        assertThat(lines.get(2)).startsWith("sync 10 members  upsert  gateway  failed");
        assertThat(lines.get(2)).endsWith("404");
        assertThat(lines.get(1).indexOf("40.0")).isEqualTo(lines.get(0).indexOf("p50 ms"));
    }

    @Test
    void escapesPipesInMarkdownAndReportsMemoryInMebibytes() {
        ResultTable table = new ResultTable();
        table.measured("sync", "upsert", "service", SERVICE, "records/s", null, "a|b");
        table.memory("after sync", OptionalLong.of(3L * 1024 * 1024 * 1024));
        table.memory("started", OptionalLong.empty());

        assertThat(table.markdown())
                .contains("| a\\|b |")
                .contains("| after sync | system processes |  |  |  |  |  |  | resident memory 3072 MiB |")
                .contains("resident memory not measurable here");
    }
}
