package fi.kokemus.fee.domain;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Paid lines (reversals included) summed per group; the groups add up to the total. */
public record FeeReport(ReportGrouping grouping, SortedMap<String, PayTotals> groups, PayTotals total) {

    public static FeeReport of(ReportGrouping grouping, List<FeeLine> lines) {
        SortedMap<String, PayTotals> groups = new TreeMap<>();
        PayTotals total = PayTotals.NONE;
        for (FeeLine line : lines) {
            if (line.state() == FeeLineState.PRICED) {
                groups.merge(grouping.keyOf(line), PayTotals.of(line), PayTotals::plus);
                total = total.plus(PayTotals.of(line));
            }
        }
        return new FeeReport(grouping, Collections.unmodifiableSortedMap(groups), total);
    }
}
