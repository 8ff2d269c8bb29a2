package fi.kokemus.fee.application.port.in;

import fi.kokemus.fee.domain.TariffUnit;
import java.time.LocalDate;
import java.util.List;

/** A county's new tariff decision, valid from {@code validFrom} until the next decision. */
public record DecideTariffCommand(String county, LocalDate validFrom, List<Rate> rates) {

    public DecideTariffCommand {
        rates = List.copyOf(rates);
    }

    public record Rate(String taskType, TariffUnit unit, long amountCents) {
    }
}
