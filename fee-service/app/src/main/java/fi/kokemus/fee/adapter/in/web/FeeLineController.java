package fi.kokemus.fee.adapter.in.web;

import fi.kokemus.fee.application.port.in.FeeLineQuery;
import fi.kokemus.fee.application.port.in.GetFeeLineUseCase;
import fi.kokemus.fee.application.port.in.ListFeeLinesUseCase;
import fi.kokemus.fee.domain.EarningPeriod;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.platform.actor.Actor;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/fees/lines")
class FeeLineController {

    private final ListFeeLinesUseCase listFeeLines;
    private final GetFeeLineUseCase getFeeLine;

    FeeLineController(ListFeeLinesUseCase listFeeLines, GetFeeLineUseCase getFeeLine) {
        this.listFeeLines = listFeeLines;
        this.getFeeLine = getFeeLine;
    }

    /** Lines by earning date; {@code from} and {@code to} are inclusive and optional. */
    @GetMapping
    List<FeeLineResponse> list(Actor actor,
            @RequestParam(required = false) String county,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return listFeeLines.list(actor, new FeeLineQuery(county, new EarningPeriod(from, to))).stream()
                .map(FeeLineResponse::of)
                .toList();
    }

    @GetMapping("/{id}")
    FeeLineResponse get(Actor actor, @PathVariable String id) {
        return FeeLineResponse.of(getFeeLine.get(actor, new FeeLineId(id)));
    }
}
