package fi.kokemus.fee.application.port.out;

import fi.kokemus.fee.domain.EarningsLimit;
import java.util.Optional;

public interface EarningsLimitRepository {

    /** Replaces the expert's limit of the year. */
    void save(EarningsLimit limit);

    Optional<EarningsLimit> find(String expertUsername, int year);
}
