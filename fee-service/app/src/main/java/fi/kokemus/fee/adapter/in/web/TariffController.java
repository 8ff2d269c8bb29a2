package fi.kokemus.fee.adapter.in.web;

import fi.kokemus.fee.application.port.in.ShowTariffsUseCase;
import fi.kokemus.platform.actor.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TariffController {

    private final ShowTariffsUseCase showTariffs;

    TariffController(ShowTariffsUseCase showTariffs) {
        this.showTariffs = showTariffs;
    }

    @GetMapping("/api/fees/tariffs/{county}")
    TariffsResponse tariffs(Actor actor, @PathVariable String county) {
        return TariffsResponse.of(showTariffs.tariffsOf(actor, county));
    }
}
