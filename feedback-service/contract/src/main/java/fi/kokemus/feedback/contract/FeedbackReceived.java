package fi.kokemus.feedback.contract;

import java.time.Instant;
import java.util.Map;

/**
 * An answer arrived through a feedback link. It carries no free text, nothing about who answered and
 * not the link: only what was rated. An audience member's ratings are left out ({@code ratings} empty),
 * since the audience is reported only in aggregate ({@link FeedbackSummaryUpdated}).
 *
 * @param requestId   the request answered: {@code <taskId>/<respondent>}
 * @param respondent  {@code LISTENER}, {@code ORDERER}, {@code CLIENT} or {@code SELF_ASSESSMENT}
 * @param form        the form answered, e.g. {@code orderer}
 * @param formVersion the version of that form, so the question keys stay interpretable
 * @param ratings     question key to rating, 1 (poor) to 5 (excellent); unanswered questions left out
 */
public record FeedbackReceived(String orderId, String taskId, String sessionId, String county, String requestId,
        String respondent, String form, int formVersion, Map<String, Integer> ratings, Instant receivedAt) {
}
