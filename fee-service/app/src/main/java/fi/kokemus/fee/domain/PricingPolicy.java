package fi.kokemus.fee.domain;

import java.util.Optional;

/**
 * Prices an occurrence with the county's tariff valid on the earning date. Whatever the tariff
 * does not clearly cover is left for a person to price rather than guessed.
 */
public final class PricingPolicy {

    private PricingPolicy() {
    }

    public static Pricing price(Occurrence occurrence, TariffHistory tariffs) {
        Optional<Tariff> valid = tariffs.validOn(occurrence.earningDate());
        if (valid.isEmpty()) {
            return new Pricing.PricingRequired("No tariff of " + occurrence.county() + " is valid on "
                    + occurrence.earningDate());
        }
        Tariff tariff = valid.get();
        Optional<TariffRate> rate = tariff.rateFor(occurrence.taskType());
        if (rate.isEmpty()) {
            return new Pricing.PricingRequired("Tariff " + tariff.id() + " has no rate for " + occurrence.taskType());
        }
        if (!rate.get().paysFor(occurrence.occasions(), occurrence.minutesWorked())) {
            return new Pricing.PricingRequired("The work reports nothing the "
                    + rate.get().unit().ruleName() + " rate pays for");
        }
        return new Pricing.Priced(rate.get().priceFor(occurrence.occasions(), occurrence.minutesWorked()),
                tariff.ruleFor(occurrence.taskType(), rate.get()));
    }
}
