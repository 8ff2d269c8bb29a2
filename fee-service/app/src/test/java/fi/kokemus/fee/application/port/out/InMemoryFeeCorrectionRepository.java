package fi.kokemus.fee.application.port.out;

import fi.kokemus.fee.domain.FeeCorrection;
import fi.kokemus.fee.domain.FeeLineId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Decisions about fee lines in memory. */
public class InMemoryFeeCorrectionRepository implements FeeCorrectionRepository {

    private final Map<FeeLineId, FeeCorrection> corrections = new LinkedHashMap<>();

    @Override
    public boolean addIfAbsent(FeeCorrection correction) {
        return corrections.putIfAbsent(correction.line(), correction) == null;
    }

    @Override
    public Optional<FeeCorrection> find(FeeLineId line) {
        return Optional.ofNullable(corrections.get(line));
    }
}
