package fi.kokemus.registry.contract;

/** The expert's personal data was erased: consumers remove or pseudonymise what they hold about them. */
public record ExpertErased(String expertId) {
}
