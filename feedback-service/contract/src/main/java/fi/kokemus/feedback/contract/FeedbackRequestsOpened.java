package fi.kokemus.feedback.contract;

import java.util.List;

/**
 * Feedback requests were opened for one expert's part in one session. A task's audience link opens when
 * the order is confirmed, its personal links when the session is reported, so a task may have two of these.
 *
 * @param respondents who is newly asked: {@code LISTENER}, {@code ORDERER}, {@code CLIENT}, {@code SELF_ASSESSMENT}
 * @param taskId      the feedback task (one per expert and session)
 * @param sessionId   the order's session the task is about
 */
public record FeedbackRequestsOpened(String orderId, String expertId, String county, List<String> respondents,
        String taskId, String sessionId) {
}
