package fi.kokemus.fee.application.port.in;

import java.math.BigDecimal;

/** A tax card's figures as entered. */
public record TaxCardDetails(BigDecimal withholdingPercent, BigDecimal additionalPercent, long incomeLimitCents) {
}
