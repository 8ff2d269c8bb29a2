package fi.kokemus.fee.application.port.in;

/**
 * Turns one session's approved work into its fee line, once per expert and session however often
 * the approval arrives.
 */
public interface PriceApprovedWorkUseCase {

    PricingOutcome price(PriceApprovedWorkCommand command);
}
