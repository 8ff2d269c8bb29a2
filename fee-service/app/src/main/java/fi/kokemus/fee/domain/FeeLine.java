package fi.kokemus.fee.domain;

import java.util.List;
import java.util.Objects;

/**
 * The fee for one approved assignment. Created once from the approval; the events it emits are
 * stored with it in the same write.
 */
public final class FeeLine {

    private final FeeLineId id;
    private final ApprovedWork work;
    private final Pricing pricing;
    private final List<FeeLineEvent> pendingEvents;

    private FeeLine(FeeLineId id, ApprovedWork work, Pricing pricing, List<FeeLineEvent> pendingEvents) {
        this.id = Objects.requireNonNull(id, "id");
        this.work = Objects.requireNonNull(work, "work");
        this.pricing = Objects.requireNonNull(pricing, "pricing");
        this.pendingEvents = List.copyOf(pendingEvents);
    }

    /** Prices the work; a priced line is approved for payment at once, an unpriced one waits. */
    public static FeeLine price(ApprovedWork work, TariffHistory tariffs) {
        FeeLineId id = FeeLineId.forAssignment(work.assignmentId());
        Pricing pricing = PricingPolicy.price(work, tariffs);
        List<FeeLineEvent> events = pricing instanceof Pricing.Priced priced
                ? List.of(new FeeLineApproved(id, work, priced))
                : List.of();
        return new FeeLine(id, work, pricing, events);
    }

    /** A line as stored; its events were stored with it and are not emitted again. */
    public static FeeLine restore(FeeLineId id, ApprovedWork work, Pricing pricing) {
        return new FeeLine(id, work, pricing, List.of());
    }

    public FeeLineId id() {
        return id;
    }

    public ApprovedWork work() {
        return work;
    }

    public Pricing pricing() {
        return pricing;
    }

    public FeeLineState state() {
        return pricing instanceof Pricing.Priced ? FeeLineState.PRICED : FeeLineState.PRICING_REQUIRED;
    }

    public String county() {
        return work.county();
    }

    /** Events raised since the line was created or restored. */
    public List<FeeLineEvent> pendingEvents() {
        return pendingEvents;
    }
}
