package fi.kokemus.fee.adapter.in.web;

import fi.kokemus.fee.application.port.in.DecideTariffCommand;
import fi.kokemus.fee.application.port.in.DecideTariffUseCase;
import fi.kokemus.fee.application.port.in.ShowTariffsUseCase;
import fi.kokemus.fee.domain.TariffUnit;
import fi.kokemus.platform.actor.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TariffController {

    private final ShowTariffsUseCase showTariffs;
    private final DecideTariffUseCase decideTariff;

    TariffController(ShowTariffsUseCase showTariffs, DecideTariffUseCase decideTariff) {
        this.showTariffs = showTariffs;
        this.decideTariff = decideTariff;
    }

    record DecisionRequest(@NotNull LocalDate validFrom, @NotEmpty List<@Valid @NotNull RateRequest> rates) {
    }

    record RateRequest(@NotBlank String taskType, @NotNull TariffUnit unit, @NotNull @Positive Long amountCents) {
    }

    @GetMapping("/api/fees/tariffs/{county}")
    TariffsResponse tariffs(Actor actor, @PathVariable String county) {
        return TariffsResponse.of(showTariffs.tariffsOf(actor, county));
    }

    /** A new version from {@code validFrom}; the open version before it ends the day before. */
    @PostMapping("/api/fees/tariffs/{county}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    TariffsResponse decide(Actor actor, @PathVariable String county, @Valid @RequestBody DecisionRequest request) {
        List<DecideTariffCommand.Rate> rates = request.rates().stream()
                .map(rate -> new DecideTariffCommand.Rate(rate.taskType(), rate.unit(), rate.amountCents()))
                .toList();
        return TariffsResponse.of(decideTariff.decide(actor, new DecideTariffCommand(county, request.validFrom(),
                rates)));
    }
}
