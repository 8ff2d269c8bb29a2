package fi.kokemus.fee.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * Each county's payment schedule. Itä-Uusimaa publishes its own (reports by the 9th, paid on the
 * last day of the month); a county that has published none gets the same until it decides otherwise.
 */
public final class PaymentSchedules {

    public static final PaymentSchedule ITA_UUSIMAA = new PaymentSchedule(9);

    private final Map<String, PaymentSchedule> byCounty;

    public PaymentSchedules(Map<String, PaymentSchedule> byCounty) {
        this.byCounty = Map.copyOf(byCounty);
    }

    public static PaymentSchedules published() {
        return new PaymentSchedules(Map.of("ita-uusimaa", ITA_UUSIMAA));
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
}
