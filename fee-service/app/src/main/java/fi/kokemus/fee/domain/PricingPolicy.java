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
        Money amount = rate.get().priceFor(occurrence.occasions(), occurrence.minutesWorked());
        String rule = tariff.ruleFor(occurrence.taskType(), rate.get());
        if (tariff.example()) {
            return new Pricing.PricingRequired("Tariff " + tariff.id() + " is an example, not the county's decision: "
                    + rule + " would pay " + amount.cents() + " c");
        }
        return new Pricing.Priced(amount, rule);
    }
}
