package fi.kokemus.fee.application.service;

import fi.kokemus.fee.application.port.in.CloseDueBatchesUseCase;
import fi.kokemus.fee.application.port.in.PaymentBatchesUseCase;
import fi.kokemus.fee.application.port.out.FeeLineRepository;
import fi.kokemus.fee.application.port.out.PaymentBatchRepository;
import fi.kokemus.fee.domain.PaymentBatch;
import fi.kokemus.fee.domain.PaymentSchedule;
import fi.kokemus.fee.domain.PaymentSchedules;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch holds the county's priced lines recorded after the previous closed batch's cut-off and
 * before its own, so a late line rolls to the next batch and a month nobody closed rolls into the
 * next one that is closed. Batches therefore close in order of month.
 */
public class PaymentBatchService implements PaymentBatchesUseCase, CloseDueBatchesUseCase {

    static final String AUTOMATIC_CLOSE = "automatic close";

    private final PaymentBatchRepository batches;
    private final FeeLineRepository feeLines;
    private final PaymentSchedules schedules;
    private final Clock clock;

    public PaymentBatchService(PaymentBatchRepository batches, FeeLineRepository feeLines,
            PaymentSchedules schedules, Clock clock) {
        this.batches = batches;
        this.feeLines = feeLines;
        this.schedules = schedules;
        this.clock = clock;
    }

    @Override
    public PaymentBatch show(Actor actor, String county, YearMonth month) {
        requireFinanceOf(actor, county);
        return batches.find(county, month).orElseGet(() -> openBatch(county, month));
    }

    @Override
    public PaymentBatch close(Actor actor, String county, YearMonth month) {
        requireFinanceOf(actor, county);
        if (batches.find(county, month).isPresent()) {
            throw alreadyClosed(county, month);
        }
        PaymentBatch closed = openBatch(county, month).close(clock.instant(), actor.username());
        if (!batches.addIfAbsent(closed)) {
            throw alreadyClosed(county, month);
        }
        return closed;
    }

    @Override
    public PaymentBatch closed(Actor actor, String county, YearMonth month) {
        requireFinanceOf(actor, county);
        return batches.find(county, month).orElseThrow(() -> DomainProblem.conflict("batch-open",
                "The batch " + PaymentBatch.idOf(county, month) + " is not closed yet, so it has no export"));
    }

    @Override
    public List<PaymentBatch> closeDue() {
        Instant now = clock.instant();
        List<PaymentBatch> closed = new ArrayList<>();
        for (String county : schedules.counties()) {
            YearMonth due = schedules.of(county).paymentMonthOf(now).minusMonths(1);
            boolean dueOrLaterClosed = batches.latestClosed(county)
                    .filter(latest -> !latest.month().isBefore(due)).isPresent();
            if (dueOrLaterClosed) {
                continue;
            }
            PaymentBatch open = openBatch(county, due);
            if (open.lines().isEmpty()) {
                continue;
            }
            PaymentBatch batch = open.close(now, AUTOMATIC_CLOSE);
            if (batches.addIfAbsent(batch)) {
                closed.add(batch);
            }
        }
        return closed;
    }

    private PaymentBatch openBatch(String county, YearMonth month) {
        PaymentSchedule schedule = schedules.of(county);
        Instant from = batches.latestClosed(county).map(previous -> {
            if (!previous.month().isBefore(month)) {
                throw DomainProblem.conflict("batch-superseded", "The batch " + previous.id()
                        + " is closed, so the lines of " + month + " were paid in it or go to a later batch");
            }
            return previous.cutOff();
        }).orElse(Instant.EPOCH);
        return PaymentBatch.open(county, month, schedule, feeLines.findPricedRecorded(county, from,
                schedule.cutOff(month)));
    }

    private static void requireFinanceOf(Actor actor, String county) {
        actor.requireAny(Role.FINANCE, Role.ADMIN);
        actor.requireCounty(county);
    }

    private static DomainProblem alreadyClosed(String county, YearMonth month) {
        return DomainProblem.conflict("batch-closed", "The batch " + PaymentBatch.idOf(county, month)
                + " is already closed");
    }
}
