package fi.kokemus.feedback.application.service;

import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.domain.FeedbackRequest;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.LinkToken;
import fi.kokemus.platform.problem.DomainProblem;

/** The task a feedback link belongs to, and the link's request; unknown and malformed tokens are alike not found. */
record LinkedTask(FeedbackTask task, LinkToken token, FeedbackRequest request) {

    static LinkedTask find(FeedbackTaskRepository tasks, String rawToken) {
        LinkToken token = LinkToken.parse(rawToken).orElseThrow(LinkedTask::notFound);
        FeedbackTask task = tasks.findByToken(token).orElseThrow(LinkedTask::notFound);
        FeedbackRequest request = task.requestWithToken(token).orElseThrow(LinkedTask::notFound);
        return new LinkedTask(task, token, request);
    }

    private static DomainProblem notFound() {
        return DomainProblem.notFound("feedback-link-not-found", "No such feedback link");
    }
}
