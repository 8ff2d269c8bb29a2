package fi.kokemus.feedback.application.service;

import fi.kokemus.feedback.application.port.in.FeedbackLinkView;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.domain.FeedbackRequest;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.FormCatalogue;
import fi.kokemus.feedback.domain.FormDefinition;
import fi.kokemus.feedback.domain.LinkToken;
import fi.kokemus.feedback.domain.TokenHash;
import java.time.Instant;
import java.util.Optional;

/** The task a feedback link belongs to, and the link's request; unknown and malformed tokens are alike absent. */
record LinkedTask(FeedbackTask task, TokenHash tokenHash, FeedbackRequest request) {

    static Optional<LinkedTask> find(FeedbackTaskRepository tasks, String rawToken) {
        return LinkToken.parse(rawToken).map(LinkToken::hash).flatMap(hash -> tasks.findByTokenHash(hash)
                .flatMap(task -> task.requestWithToken(hash).map(request -> new LinkedTask(task, hash, request))));
    }

    FeedbackLinkView view(FormDefinition form, Instant now) {
        return new FeedbackLinkView(request.respondent(), task.work().taskType(), task.work().taskDate(), form,
                request.state(now), request.opensAt(), request.expiresAt());
    }

    FeedbackLinkView view(Instant now) {
        return view(FormCatalogue.current(request.respondent()), now);
    }
}
