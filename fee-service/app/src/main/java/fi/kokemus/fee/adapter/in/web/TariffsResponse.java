package fi.kokemus.fee.adapter.in.web;

import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.Tariff;
import fi.kokemus.fee.domain.TariffHistory;
import fi.kokemus.fee.domain.TariffUnit;
import java.time.LocalDate;
import java.util.List;

/** A county's tariff versions, oldest first. */
record TariffsResponse(String county, List<Version> versions) {

    /**
     * @param validUntil last valid day, {@code null} while open-ended
     * @param example    an illustration, not the county's decision: it prices nothing
     */
    record Version(LocalDate validFrom, LocalDate validUntil, boolean example, List<Rate> rates) {
    }

    record Rate(String taskType, TariffUnit unit, long amountCents, String currency) {
    }

    static TariffsResponse of(TariffHistory history) {
        return new TariffsResponse(history.county(), history.versions().stream().map(TariffsResponse::version).toList());
    }

    private static Version version(Tariff tariff) {
        return new Version(tariff.validFrom(), tariff.validUntil(), tariff.example(), tariff.rates().entrySet().stream()
                .map(rate -> new Rate(rate.getKey(), rate.getValue().unit(), rate.getValue().amount().cents(),
                        Money.CURRENCY))
                .toList());
    }
}
