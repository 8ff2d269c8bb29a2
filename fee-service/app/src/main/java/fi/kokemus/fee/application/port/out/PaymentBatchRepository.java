package fi.kokemus.fee.application.port.out;

import fi.kokemus.fee.domain.PaymentBatch;
import java.time.YearMonth;
import java.util.Optional;

/** Closed payment batches; an open batch is not stored, it is read from the lines. */
public interface PaymentBatchRepository {

    /**
     * Stores a closed batch together with its event in one write.
     *
     * @return {@code false}, with nothing written, when the batch was closed before
     */
    boolean addIfAbsent(PaymentBatch closed);

    Optional<PaymentBatch> find(String county, YearMonth month);

    /** The county's closed batch of the latest month. */
    Optional<PaymentBatch> latestClosed(String county);
}
