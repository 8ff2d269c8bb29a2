package fi.kokemus.fee.application.port.in;

import fi.kokemus.fee.domain.PaymentBatch;
import java.util.List;

/** Closes, in every county, the latest month's batch whose cut-off has passed, unless it holds no line. */
public interface CloseDueBatchesUseCase {

    /** @return the batches closed now */
    List<PaymentBatch> closeDue();
}
