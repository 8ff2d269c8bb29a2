package fi.kokemus.fee.adapter.in.schedule;

import fi.kokemus.fee.application.port.in.CloseDueBatchesUseCase;
import fi.kokemus.fee.domain.PaymentBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes each county's batch every morning once its cut-off has passed, hours after midnight so a
 * line recorded at 23:59 is surely stored; a batch finance closed already is left as it is, and a
 * missed morning is caught up the next. Off with {@code kokemus.fees.auto-close=false}.
 */
@Component
@ConditionalOnProperty(name = "kokemus.fees.auto-close", havingValue = "true", matchIfMissing = true)
class AutomaticBatchClosing {

    private static final Logger log = LoggerFactory.getLogger(AutomaticBatchClosing.class);

    private final CloseDueBatchesUseCase closeDueBatches;

    AutomaticBatchClosing(CloseDueBatchesUseCase closeDueBatches) {
        this.closeDueBatches = closeDueBatches;
    }

    @Scheduled(cron = "0 0 6 * * *", zone = "Europe/Helsinki")
    void closeDueBatches() {
        for (PaymentBatch batch : closeDueBatches.closeDue()) {
            log.info("Closed payment batch {}: {} lines", batch.id(), batch.lines().size());
        }
    }
}
