package fi.kokemus.fee.application.port.in;

import fi.kokemus.fee.domain.TariffHistory;
import fi.kokemus.platform.actor.Actor;

/** A county's tariff versions, for county staff. */
public interface ShowTariffsUseCase {

    TariffHistory tariffsOf(Actor actor, String county);
}
