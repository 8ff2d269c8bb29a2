package fi.kokemus.fee.domain;

import java.util.Optional;

/**
 * Prices approved work with the county's tariff valid on the earning date. Whatever the tariff
 * does not clearly cover is left for a person to price rather than guessed.
 */
public final class PricingPolicy {

    private PricingPolicy() {
    }

    public static Pricing price(ApprovedWork work, TariffHistory tariffs) {
        Optional<Tariff> valid = tariffs.validOn(work.earningDate());
        if (valid.isEmpty()) {
            return new Pricing.PricingRequired("No tariff of " + work.county() + " is valid on " + work.earningDate());
        }
        Tariff tariff = valid.get();
        Optional<TariffRate> rate = tariff.rateFor(work.taskType());
        if (rate.isEmpty()) {
            return new Pricing.PricingRequired("Tariff " + tariff.id() + " has no rate for " + work.taskType());
        }
        if (!rate.get().paysFor(work.occasions(), work.minutesWorked())) {
            return new Pricing.PricingRequired("The work reports nothing the "
                    + rate.get().unit().ruleName() + " rate pays for");
        }
        return new Pricing.Priced(rate.get().priceFor(work.occasions(), work.minutesWorked()),
                tariff.ruleFor(work.taskType(), rate.get()));
    }
}
