package fi.kokemus.registry.application.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * What a consent decision did to the record.
 *
 * @param record the record after the decision; empty when it was erased
 */
public record ConsentOutcome(Effect effect, Optional<ExpertView.Full> record) {

    public enum Effect {
        /** The consent is recorded; nothing else changed. */
        NONE,
        /** Consent to sensitive data was withdrawn: the diagnoses are gone. */
        DIAGNOSES_REMOVED,
        /** The registry listing was withdrawn: the record is erased. */
        ERASED
    }

    public ConsentOutcome {
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(record, "record");
    }
}
