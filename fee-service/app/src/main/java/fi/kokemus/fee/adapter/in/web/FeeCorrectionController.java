package fi.kokemus.fee.adapter.in.web;

import fi.kokemus.fee.application.port.in.CorrectFeeLineUseCase;
import fi.kokemus.fee.application.port.in.FeeDecisionDetails;
import fi.kokemus.fee.application.port.in.FeeLineDecision;
import fi.kokemus.fee.domain.FeeCorrection;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.platform.actor.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Finance prices a line that waits for a person, or corrects an approved line by reversal and a new line. */
@RestController
@RequestMapping("/api/fees/lines/{id}")
class FeeCorrectionController {

    private final CorrectFeeLineUseCase correctFeeLine;

    FeeCorrectionController(CorrectFeeLineUseCase correctFeeLine) {
        this.correctFeeLine = correctFeeLine;
    }

    /** Amounts in euro cents; reimbursements default to none. */
    record FeeDecisionBody(
            @NotNull @Min(0) Long grossCents,
            @Min(0) Long taxFreeReimbursementsCents,
            @Min(0) Long taxableReimbursementsCents,
            @NotBlank @Size(max = 500) String reason) {

        FeeDecisionDetails details() {
            return new FeeDecisionDetails(grossCents, orZero(taxFreeReimbursementsCents),
                    orZero(taxableReimbursementsCents), reason);
        }

        private static long orZero(Long cents) {
            return cents == null ? 0 : cents;
        }
    }

    /**
     * @param reversal    the reversal of the decided line, {@code null} when nothing had been paid
     * @param replacement the line with the decided amounts, {@code null} only while a decision
     *                    interrupted by a failure waits to be completed
     */
    record FeeDecisionResponse(String line, FeeCorrection.Kind kind, String reason, String decidedBy,
            Instant decidedAt, FeeLineResponse reversal, FeeLineResponse replacement) {

        static FeeDecisionResponse of(FeeLineDecision decision) {
            FeeCorrection correction = decision.correction();
            return new FeeDecisionResponse(correction.line().value(), correction.kind(), correction.reason(),
                    correction.decidedBy(), correction.decidedAt(),
                    decision.reversal() == null ? null : FeeLineResponse.of(decision.reversal()),
                    decision.replacement() == null ? null : FeeLineResponse.of(decision.replacement()));
        }
    }

    @PostMapping("/pricing")
    @ResponseStatus(HttpStatus.CREATED)
    FeeDecisionResponse price(Actor actor, @PathVariable String id, @Valid @RequestBody FeeDecisionBody body) {
        return decide(actor, id, FeeCorrection.Kind.PRICING, body);
    }

    @PostMapping("/correction")
    @ResponseStatus(HttpStatus.CREATED)
    FeeDecisionResponse correct(Actor actor, @PathVariable String id, @Valid @RequestBody FeeDecisionBody body) {
        return decide(actor, id, FeeCorrection.Kind.CORRECTION, body);
    }

    /** The decision about the line, whichever endpoint made it. */
    @GetMapping("/decision")
    FeeDecisionResponse show(Actor actor, @PathVariable String id) {
        return FeeDecisionResponse.of(correctFeeLine.show(actor, new FeeLineId(id)));
    }

    private FeeDecisionResponse decide(Actor actor, String id, FeeCorrection.Kind kind, FeeDecisionBody body) {
        return FeeDecisionResponse.of(correctFeeLine.decide(actor, new FeeLineId(id), kind, body.details()));
    }
}
