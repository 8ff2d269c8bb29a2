package fi.kokemus.fee.application.port.out;

import fi.kokemus.fee.domain.Tariff;
import fi.kokemus.fee.domain.TariffHistory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class InMemoryTariffRepository implements TariffRepository {

    private final Map<String, Tariff> versions = new LinkedHashMap<>();

    public InMemoryTariffRepository(List<Tariff> stored) {
        stored.forEach(this::addIfAbsent);
    }

    @Override
    public TariffHistory historyOf(String county) {
        return new TariffHistory(county, versions.values().stream()
                .filter(tariff -> tariff.county().equals(county)).toList());
    }

    @Override
    public void end(Tariff ended) {
        versions.computeIfPresent(ended.id(), (id, stored) -> stored.validUntil() == null ? ended : stored);
    }

    @Override
    public boolean addIfAbsent(Tariff tariff) {
        return versions.putIfAbsent(tariff.id(), tariff) == null;
    }
}
