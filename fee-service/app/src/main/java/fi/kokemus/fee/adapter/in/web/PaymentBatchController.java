package fi.kokemus.fee.adapter.in.web;

import fi.kokemus.fee.application.port.in.PaymentBatchesUseCase;
import fi.kokemus.platform.actor.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/fees/batches/{county}/{month}")
class PaymentBatchController {

    private final PaymentBatchesUseCase batches;

    PaymentBatchController(PaymentBatchesUseCase batches) {
        this.batches = batches;
    }

    @GetMapping
    PaymentBatchResponse show(Actor actor, @PathVariable String county, @PathVariable String month) {
        return PaymentBatchResponse.of(batches.show(actor, county, YearMonths.parse(month)));
    }

    @PostMapping("/close")
    PaymentBatchResponse close(Actor actor, @PathVariable String county, @PathVariable String month) {
        return PaymentBatchResponse.of(batches.close(actor, county, YearMonths.parse(month)));
    }

    @GetMapping("/export.json")
    PayrollExport exportJson(Actor actor, @PathVariable String county, @PathVariable String month) {
        return export(actor, county, month);
    }

    @GetMapping("/export.csv")
    ResponseEntity<String> exportCsv(Actor actor, @PathVariable String county, @PathVariable String month) {
        return CsvFormat.attachment("fees-" + county + "-" + month + ".csv",
                PayrollCsv.of(export(actor, county, month)));
    }

    private PayrollExport export(Actor actor, String county, String month) {
        return PayrollExport.of(batches.closed(actor, county, YearMonths.parse(month)));
    }
}
