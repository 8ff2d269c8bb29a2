package fi.kokemus.deploy.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Every figure of one run, side by side, as aligned text for the console and as Markdown for the README. */
public final class ResultTable {

    static final List<String> HEADER = List.of("phase", "case", "via", "rate", "p50 ms", "p95 ms", "p99 ms",
            "time ×raw", "note");

    private final List<List<String>> rows = new ArrayList<>();

    /** A measured series; {@code raw} is the driver doing the same work, for the time ratio (null for the driver itself). */
    public void measured(String phase, String name, String via, Measurement measurement, String unit,
            Measurement raw, String note) {
        Latencies latencies = measurement.latencies();
        rows.add(List.of(phase, name, via, String.format(Locale.ROOT, "%.1f %s", measurement.perSecond(), unit),
                millis(latencies.percentile(50)), millis(latencies.percentile(95)), millis(latencies.percentile(99)),
                raw == null ? "" : String.format(Locale.ROOT, "%.1f", raw.perSecond() / measurement.perSecond()),
                note));
    }

    public void failed(String phase, String name, String via, String reason) {
        rows.add(List.of(phase, name, via, "failed", "", "", "", "", reason));
    }

    public void memory(String phase, OptionalLong residentBytes) {
        String resident = residentBytes.isPresent()
                ? String.format(Locale.ROOT, "resident memory %d MiB", residentBytes.getAsLong() / (1024 * 1024))
                : "resident memory not measurable here";
        rows.add(List.of(phase, "system processes", "", "", "", "", "", "", resident));
    }

    public String plainText() {
        List<Integer> widths = IntStream.range(0, HEADER.size())
                .mapToObj(column -> allRows().mapToInt(row -> row.get(column).length()).max().orElse(0))
                .toList();
        return allRows().map(row -> IntStream.range(0, row.size())
                        .mapToObj(column -> pad(row.get(column), widths.get(column)))
                        .collect(Collectors.joining("  ")).stripTrailing())
                .collect(Collectors.joining("\n", "", "\n"));
    }

    public String markdown() {
        Function<List<String>, String> line = row -> row.stream()
                .map(cell -> cell.replace("|", "\\|"))
                .collect(Collectors.joining(" | ", "| ", " |"));
        String separator = HEADER.stream().map(column -> "---").collect(Collectors.joining(" | ", "| ", " |"));
        return Stream.concat(Stream.of(line.apply(HEADER), separator), rows.stream().map(line))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private Stream<List<String>> allRows() {
        return Stream.concat(Stream.of(HEADER), rows.stream());
    }

    private static String pad(String cell, int width) {
        return cell + " ".repeat(width - cell.length());
    }

    private static String millis(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toNanos() / 1e6);
    }
}
