package fi.kokemus.fee.application.port.in;

/** Turns approved work into its fee line, once per assignment however often the approval arrives. */
public interface PriceApprovedWorkUseCase {

    PricingOutcome price(PriceApprovedWorkCommand command);
}
