package fi.kokemus.fee.domain;

import java.time.LocalTime;

/**
 * Each county's rules. Itä-Uusimaa's are its published ones; Soite and Pohjois-Pohjanmaa have not
 * published cancellation rules, so they get the same until they decide otherwise (see docs/fees.md).
 */
public final class PublishedCountyRules {

    /** By 15:00 on the day before the session, Finnish time. */
    public static final CancellationDeadline DAY_BEFORE_AT_15 = new CancellationDeadline(1, LocalTime.of(15, 0));

    private PublishedCountyRules() {
    }

    public static CountyFeeRules of(String county) {
        return new CountyFeeRules(county, DAY_BEFORE_AT_15, true, true, null);
    }
}
