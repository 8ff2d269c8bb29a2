package fi.kokemus.fee.application.port.out;

import fi.kokemus.fee.domain.EarningsLimit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public class InMemoryEarningsLimitRepository implements EarningsLimitRepository {

    private final Map<String, EarningsLimit> limits = new HashMap<>();

    @Override
    public void save(EarningsLimit limit) {
        limits.put(limit.expertUsername() + "/" + limit.year(), limit);
    }

    @Override
    public Optional<EarningsLimit> find(String expertUsername, int year) {
        return Optional.ofNullable(limits.get(expertUsername + "/" + year));
    }
}
