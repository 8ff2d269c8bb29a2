package fi.kokemus.fee.application.port.in;

import fi.kokemus.fee.domain.FeeCorrection;
import fi.kokemus.fee.domain.FeeLine;

/**
 * A decision about a line and the lines it recorded.
 *
 * @param reversal    the reversal of the decided line, {@code null} when nothing had been paid
 * @param replacement the new line with the decided amounts
 */
public record FeeLineDecision(FeeCorrection correction, FeeLine reversal, FeeLine replacement) {
}
