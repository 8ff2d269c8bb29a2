package fi.kokemus.feedback.contract;

import fi.kokemus.platform.events.EventContract;

/** Events of feedback collection. Key: order id of the task the feedback is about. */
public final class FeedbackEvents {

    public static final String TOPIC = "feedback.feedback-events.v1";

    public static final EventContract<FeedbackRequestsOpened> REQUESTS_OPENED =
            new EventContract<>(TOPIC, "feedback.requests-opened", 1, FeedbackRequestsOpened.class);
    public static final EventContract<FeedbackReceived> FEEDBACK_RECEIVED =
            new EventContract<>(TOPIC, "feedback.feedback-received", 1, FeedbackReceived.class);
    public static final EventContract<FeedbackSummaryUpdated> SUMMARY_UPDATED =
            new EventContract<>(TOPIC, "feedback.summary-updated", 1, FeedbackSummaryUpdated.class);

    private FeedbackEvents() {
    }
}
