package fi.kokemus.fee.application.service;

import fi.kokemus.fee.application.port.in.PriceApprovedWorkCommand;
import fi.kokemus.fee.application.port.in.PriceApprovedWorkUseCase;
import fi.kokemus.fee.application.port.in.PricingOutcome;
import fi.kokemus.fee.application.port.out.FeeLineRepository;
import fi.kokemus.fee.application.port.out.TariffRepository;
import fi.kokemus.fee.application.port.out.TaxCardRepository;
import fi.kokemus.fee.domain.CountyFeeRules;
import fi.kokemus.fee.domain.FeeBasis;
import fi.kokemus.fee.domain.FeeRules;
import fi.kokemus.fee.domain.FinnishCalendar;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.Occurrence;
import fi.kokemus.fee.domain.PaymentSchedules;
import fi.kokemus.fee.domain.Pricing;
import fi.kokemus.fee.domain.SessionResult;
import fi.kokemus.fee.domain.TravelClaim;
import fi.kokemus.fee.domain.TravelRateTable;
import fi.kokemus.fee.domain.WorkReport;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.Clock;
import java.util.function.Function;

public class PriceApprovedWorkService implements PriceApprovedWorkUseCase {

    static final String PEER_SUPPORTER = "PEER_SUPPORTER";

    private final TariffRepository tariffs;
    private final Function<String, CountyFeeRules> countyRules;
    private final FeeLineRecorder recorder;

    public PriceApprovedWorkService(FeeLineRepository feeLines, TariffRepository tariffs, TaxCardRepository taxCards,
            TravelRateTable travelRates, Function<String, CountyFeeRules> countyRules, PaymentSchedules schedules,
            Clock clock) {
        this.tariffs = tariffs;
        this.countyRules = countyRules;
        this.recorder = new FeeLineRecorder(feeLines, taxCards, travelRates, schedules, clock);
    }

    @Override
    public PricingOutcome price(PriceApprovedWorkCommand command) {
        Occurrence occurrence = toOccurrence(command);
        if (command.taskType() == null || command.taskType().isBlank()) {
            throw DomainProblem.invalid("invalid-work", "Approved work needs taskType", "taskType");
        }
        Money reducedFee = command.reducedFeeCents() == null ? null : Money.ofCents(command.reducedFeeCents());
        WorkReport report = new WorkReport(result(command.outcome()), PEER_SUPPORTER.equals(command.role()),
                command.feeWaived(), reducedFee, command.travel() == null ? TravelClaim.NONE : command.travel());
        CountyFeeRules rules = countyRules.apply(occurrence.county());
        Pricing pricing = FeeRules.forWork(occurrence, report, tariffs.historyOf(occurrence.county()), rules);
        return recorder.record(occurrence, FeeBasis.APPROVED_WORK, pricing, report.travel(), rules);
    }

    private static Occurrence toOccurrence(PriceApprovedWorkCommand command) {
        if (command.startsAt() == null) {
            throw DomainProblem.invalid("invalid-work", "Approved work needs startsAt", "startsAt");
        }
        return new Occurrence(command.orderId(), command.assignmentId(), command.sessionId(), command.expertId(),
                command.expertUsername(), command.county(), command.unitId(), command.costCentre(),
                command.taskType(), FinnishCalendar.dateOf(command.startsAt()), command.occasions(),
                command.minutesWorked());
    }

    private static SessionResult result(String outcome) {
        for (SessionResult result : SessionResult.values()) {
            if (result.name().equals(outcome)) {
                return result;
            }
        }
        throw DomainProblem.invalid("invalid-work", "Unknown session outcome " + outcome, "outcome");
    }
}
