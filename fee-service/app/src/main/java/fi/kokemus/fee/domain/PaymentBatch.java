package fi.kokemus.fee.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A county's payment batch for one month: the priced lines (reversals included) recorded after the
 * previous batch's cut-off and before this one's. Open, it shows what would be paid; closed, it is
 * frozen with the lines as they were, and a later correction goes to a later batch.
 */
public final class PaymentBatch {

    private final String county;
    private final YearMonth month;
    private final LocalDate paymentDate;
    private final Instant cutOff;
    private final List<FeeLine> lines;
    private final Closing closing;
    private final List<PaymentBatchClosed> pendingEvents;

    /** Who closed the batch and when. */
    public record Closing(Instant at, String by) {

        public Closing {
            Objects.requireNonNull(at, "at");
        }
    }

    private PaymentBatch(String county, YearMonth month, LocalDate paymentDate, Instant cutOff, List<FeeLine> lines,
            Closing closing, boolean emit) {
        this.county = Objects.requireNonNull(county, "county");
        this.month = Objects.requireNonNull(month, "month");
        this.paymentDate = Objects.requireNonNull(paymentDate, "paymentDate");
        this.cutOff = Objects.requireNonNull(cutOff, "cutOff");
        this.lines = List.copyOf(lines);
        this.closing = closing;
        this.pendingEvents = emit ? List.of(new PaymentBatchClosed(this)) : List.of();
    }

    /** The batch still taking lines, holding those recorded so far. */
    public static PaymentBatch open(String county, YearMonth month, PaymentSchedule schedule, List<FeeLine> lines) {
        return new PaymentBatch(county, month, schedule.paymentDate(month), schedule.cutOff(month), lines, null,
                false);
    }

    /** A closed batch as stored; its event was stored with it. */
    public static PaymentBatch restore(String county, YearMonth month, LocalDate paymentDate, Instant cutOff,
            List<FeeLine> lines, Closing closing) {
        return new PaymentBatch(county, month, paymentDate, cutOff, lines, Objects.requireNonNull(closing, "closing"),
                false);
    }

    /**
     * Freezes the batch. Only after its cut-off: until then a line recorded in time could still
     * arrive and would otherwise miss every batch.
     */
    public PaymentBatch close(Instant now, String by) {
        if (isClosed()) {
            throw DomainProblem.conflict("batch-closed", "The batch " + id() + " is already closed");
        }
        if (now.isBefore(cutOff)) {
            throw DomainProblem.conflict("batch-still-open",
                    "The batch " + id() + " takes lines until " + cutOff + " and can be closed only after that");
        }
        return new PaymentBatch(county, month, paymentDate, cutOff, lines, new Closing(now, by), true);
    }

    public static String idOf(String county, YearMonth month) {
        return county + "/" + month;
    }

    public String id() {
        return idOf(county, month);
    }

    public boolean isClosed() {
        return closing != null;
    }

    public PayTotals totals() {
        return PayTotals.sum(lines);
    }

    public String county() {
        return county;
    }

    public YearMonth month() {
        return month;
    }

    public LocalDate paymentDate() {
        return paymentDate;
    }

    /** The first instant too late for this batch. */
    public Instant cutOff() {
        return cutOff;
    }

    public List<FeeLine> lines() {
        return lines;
    }

    /** {@code null} while the batch is open. */
    public Closing closing() {
        return closing;
    }

    public List<PaymentBatchClosed> pendingEvents() {
        return pendingEvents;
    }
}
