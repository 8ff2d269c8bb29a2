package fi.kokemus.feedback.contract;

import fi.kokemus.platform.events.EventContract;

/** Events of feedback collection. Key: order id of the task the feedback is about. */
public final class FeedbackEvents {

    public static final String TOPIC = "feedback.feedback-events.v1";

    public static final EventContract<FeedbackRequestsOpened> REQUESTS_OPENED =
            new EventContract<>(TOPIC, "feedback.requests-opened", 1, FeedbackRequestsOpened.class);

    private FeedbackEvents() {
    }
}
