package fi.kokemus.feedback.adapter.in.web.followup;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A horizontal bar chart drawn as inline SVG: each bar carries its label and its value as text, so
 * nothing is told by colour or length alone, and the chart's description lists every value for
 * screen readers. The page shows the same numbers in a table next to it.
 *
 * @param id    unique on the page; names the chart's title and description
 * @param title what the chart counts
 */
public record BarChart(String id, String title, List<Bar> bars) {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 230;
    static final int MAX_BAR = 300;
    static final int ROW = 32;
    static final int BAR_HEIGHT = 22;

    /** @param length the bar's length in SVG units; a negative or zero value draws none */
    public record Bar(String label, String value, int length, int y) {

        public int textY() {
            return y + BAR_HEIGHT - 6;
        }

        public int valueX() {
            return LABEL_WIDTH + length + 8;
        }
    }

    public record Entry(String label, long amount, String value) {
    }

    static BarChart of(String id, String title, List<Entry> entries) {
        long largest = entries.stream().mapToLong(Entry::amount).max().orElse(0);
        return new BarChart(id, title, IntStream.range(0, entries.size())
                .mapToObj(index -> {
                    Entry entry = entries.get(index);
                    int length = largest <= 0 || entry.amount() <= 0 ? 0
                            : (int) Math.max(1, Math.round(MAX_BAR * (double) entry.amount() / largest));
                    return new Bar(entry.label(), entry.value(), length, index * ROW + 4);
                })
                .toList());
    }

    public int height() {
        return Math.max(ROW, bars.size() * ROW + 8);
    }

    public String description() {
        return bars.isEmpty() ? "Ei tietoja." : bars.stream().map(bar -> bar.label() + ": " + bar.value())
                .collect(Collectors.joining("; ", "", "."));
    }
}
