package fi.kokemus.fee.application.port.in;

import fi.kokemus.fee.domain.PaymentBatch;
import fi.kokemus.platform.actor.Actor;
import java.time.YearMonth;

/** A county's monthly payment batches, for its finance and admins. */
public interface PaymentBatchesUseCase {

    /** The batch as closed, or while open the lines it holds so far. */
    PaymentBatch show(Actor actor, String county, YearMonth month);

    /** Freezes the batch once its cut-off has passed and announces it to finance. */
    PaymentBatch close(Actor actor, String county, YearMonth month);

    /** A closed batch, for the payroll export; an open one has no export yet. */
    PaymentBatch closed(Actor actor, String county, YearMonth month);
}
