package fi.kokemus.registry.domain;

/**
 * A diagnosis category from the taxonomy, e.g. {@code F30_F39}. Sensitive: kept only with the
 * person's consent and shown to coordinators only, never to orderers or on the bus.
 */
public record DiagnosisCode(String value) implements Comparable<DiagnosisCode> {

    public DiagnosisCode {
        Checks.matches(value, TopicCode.CODE, "diagnosis", TopicCode.CODE_EXPECTATION);
    }

    @Override
    public int compareTo(DiagnosisCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
