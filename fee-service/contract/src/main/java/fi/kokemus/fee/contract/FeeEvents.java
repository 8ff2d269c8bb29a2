package fi.kokemus.fee.contract;

import fi.kokemus.platform.events.EventContract;

/** The finance feed: what payroll pays from. Key: fee line id, or the batch id for a closed batch. */
public final class FeeEvents {

    public static final String TOPIC = "fee.fee-events.v1";

    public static final EventContract<FeeApproved> FEE_APPROVED =
            new EventContract<>(TOPIC, "fee.fee-approved", 1, FeeApproved.class);
    /** A reversal line: the payload names the reversed line, every amount negated. */
    public static final EventContract<FeeApproved> FEE_REVERSED =
            new EventContract<>(TOPIC, "fee.fee-reversed", 1, FeeApproved.class);
    /** A monthly payment batch was closed; its lines and totals no longer change. */
    public static final EventContract<BatchClosed> BATCH_CLOSED =
            new EventContract<>(TOPIC, "fee.batch-closed", 1, BatchClosed.class);

    private FeeEvents() {
    }
}
