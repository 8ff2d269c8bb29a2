package fi.kokemus.feedback.contract;

import java.util.Map;

/**
 * The aggregate of one respondent type's answers on a task changed. The audience's aggregate is
 * published only from a minimum number of answers, so no single listener's answer can be read from it.
 *
 * @param respondent {@code LISTENER}, {@code ORDERER}, {@code CLIENT} or {@code SELF_ASSESSMENT}
 * @param answers    how many answers that respondent type has given on the task
 * @param ratings    question key to how many answers rated it and their average, rounded to two decimals
 */
public record FeedbackSummaryUpdated(String orderId, String taskId, String sessionId, String county,
        String respondent, int answers, Map<String, RatingAverage> ratings) {

    /** One rating question across the answers that rated it. */
    public record RatingAverage(int answered, double average) {
    }
}
