package fi.kokemus.fee.application.service;

import fi.kokemus.fee.application.port.in.ShowTariffsUseCase;
import fi.kokemus.fee.application.port.out.TariffRepository;
import fi.kokemus.fee.domain.TariffHistory;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;

/** Tariffs are public decisions of the counties: any county staff may read any county's. */
public class ShowTariffsService implements ShowTariffsUseCase {

    private final TariffRepository tariffs;

    public ShowTariffsService(TariffRepository tariffs) {
        this.tariffs = tariffs;
    }

    @Override
    public TariffHistory tariffsOf(Actor actor, String county) {
        actor.requireAny(Role.COORDINATOR, Role.ORDERER, Role.FINANCE, Role.ADMIN);
        return tariffs.historyOf(county);
    }
}
