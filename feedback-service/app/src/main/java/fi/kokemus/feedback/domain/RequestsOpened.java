package fi.kokemus.feedback.domain;

import java.util.Set;

/** Feedback requests were opened for a task: published as {@code feedback.requests-opened}. */
public record RequestsOpened(TaskId taskId, String orderId, String sessionId, String expertId, String county,
        Set<Respondent> respondents) {

    public RequestsOpened {
        respondents = Set.copyOf(respondents);
    }
}
