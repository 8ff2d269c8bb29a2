package fi.kokemus.fee.application.service;

import fi.kokemus.fee.application.port.in.ExpertOnOrder;
import fi.kokemus.fee.application.port.in.ExpertWithdrawalCommand;
import fi.kokemus.fee.application.port.in.GroupEndedEarlyCommand;
import fi.kokemus.fee.application.port.in.OrderCancellationCommand;
import fi.kokemus.fee.application.port.in.PlannedSession;
import fi.kokemus.fee.application.port.in.PricingOutcome;
import fi.kokemus.fee.application.port.in.SettleCancellationsUseCase;
import fi.kokemus.fee.application.port.out.FeeLineRepository;
import fi.kokemus.fee.application.port.out.TariffRepository;
import fi.kokemus.fee.application.port.out.TaxCardRepository;
import fi.kokemus.fee.domain.CountyFeeRules;
import fi.kokemus.fee.domain.FeeBasis;
import fi.kokemus.fee.domain.FeeRules;
import fi.kokemus.fee.domain.FinnishCalendar;
import fi.kokemus.fee.domain.Occurrence;
import fi.kokemus.fee.domain.PaymentSchedules;
import fi.kokemus.fee.domain.Pricing;
import fi.kokemus.fee.domain.TariffHistory;
import fi.kokemus.fee.domain.TravelClaim;
import fi.kokemus.fee.domain.TravelRateTable;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.Clock;
import java.util.function.Function;

public class SettleCancellationsService implements SettleCancellationsUseCase {

    static final String ILLNESS = "ILLNESS";

    private final TariffRepository tariffs;
    private final Function<String, CountyFeeRules> countyRules;
    private final FeeLineRecorder recorder;

    public SettleCancellationsService(FeeLineRepository feeLines, TariffRepository tariffs,
            TaxCardRepository taxCards, TravelRateTable travelRates, Function<String, CountyFeeRules> countyRules,
            PaymentSchedules schedules, Clock clock) {
        this.tariffs = tariffs;
        this.countyRules = countyRules;
        this.recorder = new FeeLineRecorder(feeLines, taxCards, travelRates, schedules, clock);
    }

    /** Each accepted expert's each session: the agreed fee for the planned occasion if cancelled late. */
    @Override
    public int settle(OrderCancellationCommand command) {
        requireTime(command.cancelledAt(), "cancelledAt");
        CountyFeeRules rules = countyRules.apply(command.county());
        TariffHistory history = tariffs.historyOf(command.county());
        boolean peerSupport = PriceApprovedWorkService.PEER_SUPPORTER.equals(command.role());
        int recorded = 0;
        for (PlannedSession session : command.sessions()) {
            for (ExpertOnOrder expert : command.experts()) {
                Occurrence planned = occurrence(command.orderId(), command.county(), command.unitId(),
                        command.costCentre(), command.taskType(), session, expert, 1, session.durationMinutes());
                Pricing pricing = FeeRules.forOrderCancellation(planned, peerSupport, command.cancelledAt(),
                        session.startsAt(), history, rules);
                FeeBasis basis = pricing instanceof Pricing.NotPayable
                        ? FeeBasis.TIMELY_CANCELLATION : FeeBasis.LATE_CANCELLATION;
                recorded += count(recorder.record(planned, basis, pricing, TravelClaim.NONE, rules));
            }
        }
        return recorded;
    }

    /** An expert who withdraws earns nothing for the sessions left; an ill expert neither. */
    @Override
    public int settle(ExpertWithdrawalCommand command) {
        boolean ill = ILLNESS.equals(command.cause());
        FeeBasis basis = ill ? FeeBasis.EXPERT_ILL : FeeBasis.EXPERT_WITHDREW;
        Pricing nothing = new Pricing.NotPayable(ill ? "The expert fell ill" : "The expert withdrew");
        CountyFeeRules rules = countyRules.apply(command.county());
        int recorded = 0;
        for (PlannedSession session : command.sessions()) {
            Occurrence occurrence = occurrence(command.orderId(), command.county(), command.unitId(), null, null,
                    session, command.expert(), 0, 0);
            recorded += count(recorder.record(occurrence, basis, nothing, TravelClaim.NONE, rules));
        }
        return recorded;
    }

    /** The dropped sessions are never paid; sessions held (even with nobody there) came as approvals. */
    @Override
    public int settle(GroupEndedEarlyCommand command) {
        Pricing nothing = new Pricing.NotPayable("The group was ended early; the session was dropped");
        CountyFeeRules rules = countyRules.apply(command.county());
        int recorded = 0;
        for (PlannedSession session : command.droppedSessions()) {
            for (ExpertOnOrder expert : command.experts()) {
                Occurrence occurrence = occurrence(command.orderId(), command.county(), command.unitId(), null, null,
                        session, expert, 0, 0);
                recorded += count(recorder.record(occurrence, FeeBasis.GROUP_ENDED_EARLY, nothing, TravelClaim.NONE,
                        rules));
            }
        }
        return recorded;
    }

    private static Occurrence occurrence(String orderId, String county, String unitId, String costCentre,
            String taskType, PlannedSession session, ExpertOnOrder expert, int occasions, int minutes) {
        requireTime(session.startsAt(), "startsAt");
        return new Occurrence(orderId, expert.assignmentId(), session.sessionId(), expert.expertId(),
                expert.expertUsername(), county, unitId, costCentre, taskType,
                FinnishCalendar.dateOf(session.startsAt()), occasions, minutes);
    }

    private static void requireTime(Object time, String field) {
        if (time == null) {
            throw DomainProblem.invalid("invalid-cancellation", "A cancellation needs " + field, field);
        }
    }

    private static int count(PricingOutcome outcome) {
        return outcome == PricingOutcome.RECORDED ? 1 : 0;
    }
}
