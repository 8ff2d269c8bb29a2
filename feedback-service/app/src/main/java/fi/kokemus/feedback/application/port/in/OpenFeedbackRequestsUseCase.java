package fi.kokemus.feedback.application.port.in;

import fi.kokemus.feedback.domain.CompletedWork;

/** Opens the feedback requests of a task once its work has been approved. */
public interface OpenFeedbackRequestsUseCase {

    /** @return false if the task's requests were already open (a redelivered approval): nothing changes */
    boolean open(CompletedWork work);
}
