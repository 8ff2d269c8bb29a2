package fi.kokemus.fee.adapter.in.web;

import fi.kokemus.fee.application.port.in.ManageTaxCardsUseCase;
import fi.kokemus.fee.application.port.in.TaxCardDetails;
import fi.kokemus.fee.domain.TaxCard;
import fi.kokemus.fee.domain.TaxCardRequest;
import fi.kokemus.platform.actor.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/fees/tax-cards")
class TaxCardController {

    private final ManageTaxCardsUseCase taxCards;

    TaxCardController(ManageTaxCardsUseCase taxCards) {
        this.taxCards = taxCards;
    }

    record TaxCardRequestBody(
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal withholdingPercent,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal additionalPercent,
            @NotNull @Min(0) Long incomeLimitCents) {

        TaxCardDetails details() {
            return new TaxCardDetails(withholdingPercent, additionalPercent, incomeLimitCents);
        }
    }

    record TaxCardResponse(String expertId, int year, BigDecimal withholdingPercent, BigDecimal additionalPercent,
            long incomeLimitCents) {

        static TaxCardResponse of(TaxCard card) {
            return new TaxCardResponse(card.expertId(), card.year(), card.withholdingPercent(),
                    card.additionalPercent(), card.incomeLimit().cents());
        }
    }

    /** @param firstFeeLineId the line that found no card, {@code null} for a new year's request */
    record TaxCardRequestResponse(String expertId, String expertUsername, int year, TaxCardRequest.Reason reason,
            String firstFeeLineId, LocalDate requestedOn) {

        static TaxCardRequestResponse of(TaxCardRequest request) {
            return new TaxCardRequestResponse(request.expertId(), request.expertUsername(), request.year(),
                    request.reason(), request.firstFeeLine() == null ? null : request.firstFeeLine().value(),
                    request.requestedOn());
        }
    }

    @PutMapping("/mine/{year}")
    TaxCardResponse enterOwn(Actor actor, @PathVariable int year, @Valid @RequestBody TaxCardRequestBody body) {
        return TaxCardResponse.of(taxCards.enterOwn(actor, year, body.details()));
    }

    @GetMapping("/mine/{year}")
    TaxCardResponse showOwn(Actor actor, @PathVariable int year) {
        return TaxCardResponse.of(taxCards.showOwn(actor, year));
    }

    @GetMapping("/requests/{year}")
    List<TaxCardRequestResponse> openRequests(Actor actor, @PathVariable int year) {
        return taxCards.openRequests(actor, year).stream().map(TaxCardRequestResponse::of).toList();
    }

    @PutMapping("/{expertId}/{year}")
    TaxCardResponse enter(Actor actor, @PathVariable String expertId, @PathVariable int year,
            @Valid @RequestBody TaxCardRequestBody body) {
        return TaxCardResponse.of(taxCards.enter(actor, expertId, year, body.details()));
    }

    @GetMapping("/{expertId}/{year}")
    TaxCardResponse show(Actor actor, @PathVariable String expertId, @PathVariable int year) {
        return TaxCardResponse.of(taxCards.show(actor, expertId, year));
    }
}
