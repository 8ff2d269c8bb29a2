package fi.kokemus.fee.application.service;

import fi.kokemus.fee.application.port.in.ExpertEarningsUseCase;
import fi.kokemus.fee.application.port.out.EarningsLimitRepository;
import fi.kokemus.fee.application.port.out.FeeLineRepository;
import fi.kokemus.fee.domain.EarningsLimit;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.YearOfEarnings;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.util.List;

/**
 * An expert sees only the lines of their own account: fee-service links the account's username to
 * the expert id through the lines ordering's facts brought; before the first fee there is nothing to see.
 */
public class ExpertEarningsService implements ExpertEarningsUseCase {

    private final FeeLineRepository feeLines;
    private final EarningsLimitRepository limits;

    public ExpertEarningsService(FeeLineRepository feeLines, EarningsLimitRepository limits) {
        this.feeLines = feeLines;
        this.limits = limits;
    }

    @Override
    public YearOfEarnings showOwn(Actor actor, int year) {
        actor.requireAny(Role.EXPERT);
        List<FeeLine> lines = feeLines.expertIdOf(actor.username())
                .map(expertId -> feeLines.findOfExpertInTaxYear(expertId, year))
                .orElse(List.of());
        return YearOfEarnings.of(year, lines, limits.find(actor.username(), year));
    }

    @Override
    public EarningsLimit setOwnLimit(Actor actor, int year, Money annual, Money monthly) {
        actor.requireAny(Role.EXPERT);
        EarningsLimit limit = new EarningsLimit(actor.username(), year, annual, monthly);
        limits.save(limit);
        return limit;
    }
}
