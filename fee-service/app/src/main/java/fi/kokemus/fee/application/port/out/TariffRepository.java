package fi.kokemus.fee.application.port.out;

import fi.kokemus.fee.domain.Tariff;
import fi.kokemus.fee.domain.TariffHistory;

public interface TariffRepository {

    /** Every stored version of the county's tariff; empty when the county has none. */
    TariffHistory historyOf(String county);

    /** @return {@code false}, with nothing written, when this version (county and start date) is already stored */
    boolean addIfAbsent(Tariff tariff);

    /** Gives a stored open-ended version the end date of {@code ended}; its rates stay as they are. */
    void end(Tariff ended);
}
