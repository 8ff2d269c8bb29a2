package fi.kokemus.feedback.application.service;

import fi.kokemus.feedback.application.port.in.EraseExpertUseCase;
import fi.kokemus.feedback.application.port.out.ExpertTaskErasures;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.domain.ExpertErasure;
import fi.kokemus.feedback.domain.FeedbackTask;

/** Erases an expert from each of their tasks; a task answered meanwhile is read again and erased. */
public class EraseExpertService implements EraseExpertUseCase {

    private final ExpertTaskErasures erasures;
    private final FeedbackTaskRepository tasks;

    public EraseExpertService(ExpertTaskErasures erasures, FeedbackTaskRepository tasks) {
        this.erasures = erasures;
        this.tasks = tasks;
    }

    @Override
    public int erase(String expertId) {
        int erased = 0;
        for (FeedbackTask task : erasures.findByExpert(expertId)) {
            if (TaskUpdates.retrying(() -> eraseCurrent(task))) {
                erased++;
            }
        }
        return erased;
    }

    private boolean eraseCurrent(FeedbackTask read) {
        FeedbackTask current = tasks.find(read.id()).orElseThrow();
        if (ExpertErasure.erased(current)) {
            return false;
        }
        erasures.replaceErased(ExpertErasure.of(current));
        return true;
    }
}
