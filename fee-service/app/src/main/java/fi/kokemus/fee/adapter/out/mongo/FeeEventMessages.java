package fi.kokemus.fee.adapter.out.mongo;

import fi.kokemus.fee.contract.BatchClosed;
import fi.kokemus.fee.contract.FeeApproved;
import fi.kokemus.fee.contract.FeeEvents;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.FeeLineApproved;
import fi.kokemus.fee.domain.FeeLineEvent;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.Occurrence;
import fi.kokemus.fee.domain.PayTotals;
import fi.kokemus.fee.domain.PaymentBatch;
import fi.kokemus.fee.domain.PaymentBatchClosed;
import fi.kokemus.fee.domain.Pricing;
import fi.kokemus.platform.events.EventContract;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.OutboxMessage;

/** Turns the domain's fee line and batch events into messages of the published fee contract. */
final class FeeEventMessages {

    private final EventWriter writer;

    FeeEventMessages(EventWriter writer) {
        this.writer = writer;
    }

    OutboxMessage toMessage(FeeLineEvent event) {
        EventContract<FeeApproved> contract = event instanceof FeeLineApproved
                ? FeeEvents.FEE_APPROVED : FeeEvents.FEE_REVERSED;
        FeeLine line = event.line();
        return writer.write(contract, line.id().value(), line.county(), payload(line));
    }

    OutboxMessage toMessage(PaymentBatchClosed event) {
        PaymentBatch batch = event.batch();
        PayTotals totals = batch.totals();
        return writer.write(FeeEvents.BATCH_CLOSED, batch.id(), batch.county(), new BatchClosed(batch.id(),
                batch.county(), batch.month().toString(), batch.paymentDate(), batch.cutOff(), batch.closing().at(),
                totals.lineCount(), totals.gross().cents(), totals.withholding().cents(), totals.net().cents(),
                totals.taxFreeReimbursements().cents(), totals.taxableReimbursements().cents(),
                totals.payout().cents(), Money.CURRENCY));
    }

    private static FeeApproved payload(FeeLine line) {
        Occurrence occurrence = line.occurrence();
        Pricing.Priced priced = (Pricing.Priced) line.pricing();
        return new FeeApproved(line.id().value(), occurrence.expertId(), occurrence.county(), occurrence.unitId(),
                occurrence.costCentre(), occurrence.orderId(), occurrence.assignmentId(), occurrence.taskType(),
                occurrence.earningDate(), occurrence.occasions(), priced.gross().cents(), Money.CURRENCY,
                priced.tariffRule(), occurrence.sessionId(), line.basis().name(), occurrence.minutesWorked(),
                line.incomeType().name(), line.withholding().amount().cents(), line.withholding().rule(),
                line.net().cents(), line.reimbursements().taxFree().cents(), line.reimbursements().taxable().cents(),
                line.reverses() == null ? null : line.reverses().value());
    }
}
