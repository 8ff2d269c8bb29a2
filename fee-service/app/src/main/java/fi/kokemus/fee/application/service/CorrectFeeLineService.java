package fi.kokemus.fee.application.service;

import fi.kokemus.fee.application.port.in.CorrectFeeLineUseCase;
import fi.kokemus.fee.application.port.in.FeeDecisionDetails;
import fi.kokemus.fee.application.port.in.FeeLineDecision;
import fi.kokemus.fee.application.port.out.FeeCorrectionRepository;
import fi.kokemus.fee.application.port.out.FeeLineRepository;
import fi.kokemus.fee.application.port.out.TaxCardRepository;
import fi.kokemus.fee.domain.FeeCorrection;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.PaymentSchedules;
import fi.kokemus.fee.domain.Reimbursements;
import fi.kokemus.fee.domain.TravelRateTable;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.Clock;

/**
 * Records a person's decision about a line: first the decision itself (its audit record, which also
 * makes a second decision about the line lose), then the reversal, then the replacement. Each write
 * is keyed by an id derived from the line, so a decision interrupted by a crash is completed, as
 * first recorded, by the next request about the line.
 */
public class CorrectFeeLineService implements CorrectFeeLineUseCase {

    private static final Role[] DECIDERS = {Role.FINANCE, Role.ADMIN};
    private static final Role[] READERS = {Role.FINANCE, Role.COORDINATOR, Role.ADMIN};

    private final FeeLineRepository feeLines;
    private final FeeCorrectionRepository corrections;
    private final FeeLineRecorder recorder;
    private final Clock clock;

    public CorrectFeeLineService(FeeLineRepository feeLines, FeeCorrectionRepository corrections,
            TaxCardRepository taxCards, PaymentSchedules schedules, Clock clock) {
        this.feeLines = feeLines;
        this.corrections = corrections;
        // Only its tax year and withholding are used: a decision names the reimbursements itself.
        this.recorder = new FeeLineRecorder(feeLines, taxCards, TravelRateTable.PUBLISHED, schedules, clock);
        this.clock = clock;
    }

    @Override
    public FeeLineDecision decide(Actor actor, FeeLineId id, FeeCorrection.Kind kind, FeeDecisionDetails details) {
        actor.requireAny(DECIDERS);
        FeeLine line = lineOf(actor, id);
        FeeCorrection correction = corrections.find(id).orElse(null);
        if (correction == null) {
            correction = FeeCorrection.about(line, kind, Money.ofCents(details.grossCents()),
                    new Reimbursements(Money.ofCents(details.taxFreeReimbursementsCents()),
                            Money.ofCents(details.taxableReimbursementsCents())),
                    details.reason(), actor.username(), clock.instant());
            if (!corrections.addIfAbsent(correction)) {
                throw alreadyDecided(id);
            }
        } else if (feeLines.find(correction.replacement()).isPresent()) {
            throw alreadyDecided(id);
        }
        return complete(correction, line);
    }

    @Override
    public FeeLineDecision show(Actor actor, FeeLineId id) {
        actor.requireAny(READERS);
        lineOf(actor, id);
        FeeCorrection correction = corrections.find(id).orElseThrow(() -> DomainProblem.notFound(
                "fee-line-not-decided", "Nobody has priced or corrected line " + id));
        FeeLine reversal = correction.reversal() == null ? null : feeLines.find(correction.reversal()).orElse(null);
        return new FeeLineDecision(correction, reversal, feeLines.find(correction.replacement()).orElse(null));
    }

    private FeeLineDecision complete(FeeCorrection correction, FeeLine line) {
        // Both new lines are paid in the batch open now, so they belong to its year, not the original's.
        int taxYear = recorder.taxYearOfLineRecordedNow(line.county());
        FeeLine reversal = null;
        if (correction.kind() == FeeCorrection.Kind.CORRECTION) {
            reversal = line.reversal(taxYear);
            feeLines.addIfAbsent(reversal);
        }
        // Withheld on the year's income recorded so far, which the reversal has just reduced.
        Money taxableIncome = correction.gross().plus(correction.reimbursements().taxable());
        FeeLine replacement = line.replacedBy(correction.replacement(), taxYear, correction.pricing(),
                correction.reimbursements(), recorder.withholding(line.occurrence(), taxYear, taxableIncome));
        if (!feeLines.addIfAbsent(replacement)) {
            replacement = feeLines.find(replacement.id()).orElseThrow();
        }
        return new FeeLineDecision(correction, reversal, replacement);
    }

    private FeeLine lineOf(Actor actor, FeeLineId id) {
        FeeLine line = feeLines.find(id)
                .orElseThrow(() -> DomainProblem.notFound("fee-line-not-found", "No fee line " + id));
        actor.requireCounty(line.county());
        return line;
    }

    private static DomainProblem alreadyDecided(FeeLineId id) {
        return DomainProblem.conflict("fee-line-decided",
                "Line " + id + " was priced or corrected already; correct its replacement " + id.nextRevision());
    }
}
