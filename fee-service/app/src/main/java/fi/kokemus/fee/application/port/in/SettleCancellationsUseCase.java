package fi.kokemus.fee.application.port.in;

/**
 * Settles the sessions a cancellation ends, one line per expert and session however often the
 * fact arrives: the agreed fee after a late cancellation, a line that pays nothing otherwise.
 */
public interface SettleCancellationsUseCase {

    /** @return how many lines were recorded now (the others were recorded before) */
    int settle(OrderCancellationCommand command);

    int settle(ExpertWithdrawalCommand command);

    int settle(GroupEndedEarlyCommand command);
}
