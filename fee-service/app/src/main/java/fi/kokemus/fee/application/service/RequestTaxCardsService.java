package fi.kokemus.fee.application.service;

import fi.kokemus.fee.application.port.in.RequestTaxCardsUseCase;
import fi.kokemus.fee.application.port.out.FeeLineRepository;
import fi.kokemus.fee.application.port.out.TaxCardRepository;
import fi.kokemus.fee.domain.ExpertAccount;
import fi.kokemus.fee.domain.FinnishCalendar;
import fi.kokemus.fee.domain.TaxCardRequest;
import java.time.Clock;
import java.time.LocalDate;

public class RequestTaxCardsService implements RequestTaxCardsUseCase {

    private final FeeLineRepository feeLines;
    private final TaxCardRepository taxCards;
    private final Clock clock;

    public RequestTaxCardsService(FeeLineRepository feeLines, TaxCardRepository taxCards, Clock clock) {
        this.feeLines = feeLines;
        this.taxCards = taxCards;
        this.clock = clock;
    }

    @Override
    public int requestForYear(int year) {
        LocalDate today = FinnishCalendar.dateOf(clock.instant());
        int added = 0;
        for (ExpertAccount expert : feeLines.expertsPaidIn(year - 1)) {
            if (taxCards.find(expert.expertId(), year).isEmpty()
                    && taxCards.addRequestIfAbsent(TaxCardRequest.forNewYear(expert, year, today))) {
                added++;
            }
        }
        return added;
    }
}
