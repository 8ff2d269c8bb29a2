package fi.kokemus.fee.adapter.out.mongo;

import fi.kokemus.fee.contract.FeeApproved;
import fi.kokemus.fee.contract.FeeEvents;
import fi.kokemus.fee.domain.ApprovedWork;
import fi.kokemus.fee.domain.FeeLineApproved;
import fi.kokemus.fee.domain.FeeLineEvent;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.OutboxMessage;

/** Turns the domain's fee line events into messages of the published fee contract. */
final class FeeEventMessages {

    private final EventWriter writer;

    FeeEventMessages(EventWriter writer) {
        this.writer = writer;
    }

    OutboxMessage toMessage(FeeLineEvent event) {
        if (event instanceof FeeLineApproved approved) {
            return writer.write(FeeEvents.FEE_APPROVED, approved.feeLineId().value(), approved.work().county(),
                    feeApproved(approved));
        }
        throw new IllegalArgumentException("No published contract for " + event.getClass().getSimpleName());
    }

    private static FeeApproved feeApproved(FeeLineApproved approved) {
        ApprovedWork work = approved.work();
        return new FeeApproved(approved.feeLineId().value(), work.expertId(), work.county(), work.unitId(),
                work.costCentre(), work.orderId(), work.assignmentId(), work.taskType(), work.earningDate(),
                work.occasions(), approved.pricing().gross().cents(), Money.CURRENCY, approved.pricing().tariffRule());
    }
}
