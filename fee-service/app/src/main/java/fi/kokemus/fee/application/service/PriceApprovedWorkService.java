package fi.kokemus.fee.application.service;

import fi.kokemus.fee.application.port.in.PriceApprovedWorkCommand;
import fi.kokemus.fee.application.port.in.PriceApprovedWorkUseCase;
import fi.kokemus.fee.application.port.in.PricingOutcome;
import fi.kokemus.fee.application.port.out.FeeLineRepository;
import fi.kokemus.fee.application.port.out.TariffRepository;
import fi.kokemus.fee.domain.ApprovedWork;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.FinnishCalendar;
import fi.kokemus.platform.problem.DomainProblem;

public class PriceApprovedWorkService implements PriceApprovedWorkUseCase {

    private final FeeLineRepository feeLines;
    private final TariffRepository tariffs;

    public PriceApprovedWorkService(FeeLineRepository feeLines, TariffRepository tariffs) {
        this.feeLines = feeLines;
        this.tariffs = tariffs;
    }

    @Override
    public PricingOutcome price(PriceApprovedWorkCommand command) {
        ApprovedWork work = toWork(command);
        FeeLine line = FeeLine.price(work, tariffs.historyOf(work.county()));
        // The line id comes from the assignment, so a redelivered approval loses this insert.
        return feeLines.addIfAbsent(line) ? PricingOutcome.RECORDED : PricingOutcome.ALREADY_RECORDED;
    }

    private static ApprovedWork toWork(PriceApprovedWorkCommand command) {
        if (command.startsAt() == null) {
            throw DomainProblem.invalid("invalid-work", "Approved work needs startsAt", "startsAt");
        }
        return new ApprovedWork(command.orderId(), command.assignmentId(), command.expertId(), command.county(),
                command.unitId(), command.costCentre(), command.taskType(),
                FinnishCalendar.dateOf(command.startsAt()), command.occasions(), command.minutesWorked());
    }
}
