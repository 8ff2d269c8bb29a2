package fi.kokemus.fee.adapter.in.schedule;

import fi.kokemus.fee.application.port.in.RequestTaxCardsUseCase;
import fi.kokemus.fee.domain.FinnishCalendar;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Asks for the new year's tax cards every morning in January: requests are kept per expert and
 * year, so each expert is asked once, and one missed morning is caught up the next.
 */
@Component
class JanuaryTaxCardRequests {

    private static final Logger log = LoggerFactory.getLogger(JanuaryTaxCardRequests.class);

    private final RequestTaxCardsUseCase requestTaxCards;
    private final Clock clock;

    JanuaryTaxCardRequests(RequestTaxCardsUseCase requestTaxCards, Clock clock) {
        this.requestTaxCards = requestTaxCards;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 7 * 1 *", zone = "Europe/Helsinki")
    void requestNewYearsTaxCards() {
        int year = FinnishCalendar.dateOf(clock.instant()).getYear();
        log.info("Tax-card requests for {}: {} added", year, requestTaxCards.requestForYear(year));
    }
}
