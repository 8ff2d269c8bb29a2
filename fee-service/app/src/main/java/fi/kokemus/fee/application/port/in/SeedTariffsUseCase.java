package fi.kokemus.fee.application.port.in;

/** Loads the published tariffs that are not stored yet; stored versions are left as they are. */
public interface SeedTariffsUseCase {

    /** @return how many tariff versions were added */
    int seedMissing();
}
