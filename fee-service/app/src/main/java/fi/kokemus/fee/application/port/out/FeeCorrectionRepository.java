package fi.kokemus.fee.application.port.out;

import fi.kokemus.fee.domain.FeeCorrection;
import fi.kokemus.fee.domain.FeeLineId;
import java.util.Optional;

/** Decisions about fee lines, one per line at most. */
public interface FeeCorrectionRepository {

    /** @return {@code false}, with nothing written, when the line was decided about already */
    boolean addIfAbsent(FeeCorrection correction);

    /** The decision about the line, if any. */
    Optional<FeeCorrection> find(FeeLineId line);
}
