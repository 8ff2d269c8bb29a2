package fi.kokemus.fee.application.service;

import fi.kokemus.fee.application.port.in.SeedTariffsUseCase;
import fi.kokemus.fee.application.port.out.TariffRepository;
import fi.kokemus.fee.domain.Tariff;
import java.util.List;

public class SeedTariffsService implements SeedTariffsUseCase {

    private final TariffRepository tariffs;
    private final List<Tariff> published;

    public SeedTariffsService(TariffRepository tariffs, List<Tariff> published) {
        this.tariffs = tariffs;
        this.published = List.copyOf(published);
    }

    @Override
    public int seedMissing() {
        return (int) published.stream().filter(tariffs::addIfAbsent).count();
    }
}
