package fi.kokemus.fee.application.port.in;

import fi.kokemus.fee.domain.TariffHistory;
import fi.kokemus.platform.actor.Actor;

/**
 * Finance of the county (or an admin) records a new tariff decision as a new version; the version
 * before it ends the day before and keeps its rates, so every line can still name what priced it.
 * Lines already recorded are not repriced.
 */
public interface DecideTariffUseCase {

    TariffHistory decide(Actor actor, DecideTariffCommand command);
}
