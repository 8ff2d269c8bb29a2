package fi.kokemus.fee.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Each county's payment schedule. Itä-Uusimaa publishes its own (reports by the 9th, paid on the
 * last day of the month); Soite and Pohjois-Pohjanmaa have published none and get the same until
 * they decide otherwise.
 */
public final class PaymentSchedules {

    public static final PaymentSchedule ITA_UUSIMAA = new PaymentSchedule(9);

    private final Map<String, PaymentSchedule> byCounty;

    public PaymentSchedules(Map<String, PaymentSchedule> byCounty) {
        this.byCounty = Map.copyOf(byCounty);
    }

    public static PaymentSchedules published() {
        return new PaymentSchedules(Map.of("ita-uusimaa", ITA_UUSIMAA, "keski-pohjanmaa", ITA_UUSIMAA,
                "pohjois-pohjanmaa", ITA_UUSIMAA));
    }

    /** The published schedules with the given counties' cut-off days replacing theirs. */
    public PaymentSchedules withCutOffDays(Map<String, Integer> cutOffDays) {
        Map<String, PaymentSchedule> merged = new HashMap<>(byCounty);
        cutOffDays.forEach((county, day) -> merged.put(county, new PaymentSchedule(day)));
        return new PaymentSchedules(merged);
    }

    public PaymentSchedule of(String county) {
        return byCounty.getOrDefault(county, ITA_UUSIMAA);
    }

    /** The counties with a schedule, in a stable order. */
    public SortedSet<String> counties() {
        return new TreeSet<>(byCounty.keySet());
    }
}
