package fi.kokemus.feedback.application.port.in.followup;

import fi.kokemus.feedback.domain.followup.CountyExpert;
import fi.kokemus.feedback.domain.followup.FeeFact;
import fi.kokemus.feedback.domain.followup.FollowUpTask;
import fi.kokemus.feedback.domain.followup.PaymentBatch;
import java.time.Instant;
import java.util.List;

/** Keeps the facts the follow-up reports count, from other services' events; every step is idempotent. */
public interface RecordFollowUpFactsUseCase {

    /** A session was reported, or sessions were cancelled (one record per expert and session). */
    void tasksEnded(List<FollowUpTask> tasks);

    /** The registry's snapshot of an expert as of {@code asOf}; an older one than already known is ignored. */
    void expertChanged(CountyExpert expert, Instant asOf);

    /** The expert's data was erased as of {@code asOf}: forgotten, and not brought back by older snapshots. */
    void expertErased(String expertId, Instant asOf);

    void feeAnnounced(FeeFact fee);

    void batchClosed(PaymentBatch batch);
}
