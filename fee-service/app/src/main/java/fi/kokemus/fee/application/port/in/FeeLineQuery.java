package fi.kokemus.fee.application.port.in;

import fi.kokemus.fee.domain.EarningPeriod;
import java.util.Objects;

/** @param county the county asked for, or {@code null} for the caller's own (all counties for an admin) */
public record FeeLineQuery(String county, EarningPeriod period) {

    public FeeLineQuery {
        Objects.requireNonNull(period, "period");
    }
}
