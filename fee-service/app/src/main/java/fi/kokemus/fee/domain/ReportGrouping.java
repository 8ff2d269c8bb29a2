package fi.kokemus.fee.domain;

import java.time.YearMonth;
import java.util.function.Function;

/** How a fee report groups lines. */
public enum ReportGrouping {
    UNIT(line -> line.occurrence().unitId()),
    TASK_TYPE(line -> String.valueOf(line.occurrence().taskType())),
    MONTH(line -> YearMonth.from(line.occurrence().earningDate()).toString());

    private final Function<FeeLine, String> key;

    ReportGrouping(Function<FeeLine, String> key) {
        this.key = key;
    }

    public String keyOf(FeeLine line) {
        return key.apply(line);
    }
}
