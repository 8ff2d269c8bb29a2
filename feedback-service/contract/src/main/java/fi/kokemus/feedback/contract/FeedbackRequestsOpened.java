package fi.kokemus.feedback.contract;

import java.util.List;

/**
 * Feedback requests were opened for a completed task.
 *
 * @param respondents who is asked: {@code LISTENER}, {@code ORDERER}, {@code CLIENT}, {@code SELF_ASSESSMENT}
 */
public record FeedbackRequestsOpened(String orderId, String expertId, String county, List<String> respondents) {
}
