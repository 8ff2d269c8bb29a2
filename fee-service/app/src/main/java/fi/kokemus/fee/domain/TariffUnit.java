package fi.kokemus.fee.domain;

/** What one tariff amount pays for. */
public enum TariffUnit {
    PER_OCCASION("per-occasion"),
    PER_HOUR("per-hour");

    private final String ruleName;

    TariffUnit(String ruleName) {
        this.ruleName = ruleName;
    }

    /** How the unit reads in a tariff rule, e.g. {@code per-occasion}. */
    public String ruleName() {
        return ruleName;
    }
}
