package fi.kokemus.feedback.application.service.followup;

import fi.kokemus.feedback.application.port.in.followup.RecordFollowUpFactsUseCase;
import fi.kokemus.feedback.application.port.out.followup.CountyExpertRepository;
import fi.kokemus.feedback.application.port.out.followup.FeeFactRepository;
import fi.kokemus.feedback.application.port.out.followup.FollowUpTaskRepository;
import fi.kokemus.feedback.domain.followup.CountyExpert;
import fi.kokemus.feedback.domain.followup.FeeFact;
import fi.kokemus.feedback.domain.followup.FollowUpTask;
import fi.kokemus.feedback.domain.followup.PaymentBatch;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Records what the follow-up counts. Each fact is one write under its own natural key (task, expert,
 * fee line, batch), so a redelivered event leaves everything as it was.
 */
public class FollowUpFactsService implements RecordFollowUpFactsUseCase {

    private final FollowUpTaskRepository tasks;
    private final CountyExpertRepository experts;
    private final FeeFactRepository fees;

    public FollowUpFactsService(FollowUpTaskRepository tasks, CountyExpertRepository experts, FeeFactRepository fees) {
        this.tasks = tasks;
        this.experts = experts;
        this.fees = fees;
    }

    @Override
    public void tasksEnded(List<FollowUpTask> ended) {
        ended.forEach(task -> {
            FollowUpTask kept = tasks.find(task.key()).map(known -> known.keptAgainst(task)).orElse(task);
            tasks.save(kept);
        });
    }

    @Override
    public void expertChanged(CountyExpert expert, Instant asOf) {
        if (isCurrent(expert.expertId(), asOf)) {
            experts.save(expert, asOf);
        }
    }

    @Override
    public void expertErased(String expertId, Instant asOf) {
        if (isCurrent(expertId, asOf)) {
            experts.erase(expertId, asOf);
            // Their work still counts, as one expert, but nothing here leads back to the person's id.
            String pseudonym = "erased-" + UUID.randomUUID();
            tasks.pseudonymise(expertId, pseudonym);
            fees.pseudonymise(expertId, pseudonym);
        }
    }

    @Override
    public void feeAnnounced(FeeFact fee) {
        fees.save(fee);
    }

    @Override
    public void batchClosed(PaymentBatch batch) {
        fees.save(batch);
    }

    private boolean isCurrent(String expertId, Instant asOf) {
        return experts.lastChange(expertId).map(last -> !last.isAfter(asOf)).orElse(true);
    }
}
