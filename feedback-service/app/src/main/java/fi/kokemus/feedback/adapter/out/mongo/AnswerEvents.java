package fi.kokemus.feedback.adapter.out.mongo;

import fi.kokemus.feedback.contract.FeedbackEvents;
import fi.kokemus.feedback.contract.FeedbackReceived;
import fi.kokemus.feedback.contract.FeedbackSummaryUpdated;
import fi.kokemus.feedback.domain.AnswerRecorded;
import fi.kokemus.feedback.domain.RespondentSummary;
import fi.kokemus.feedback.domain.SessionWork;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.OutboxMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The events an answer emits, in the contract's terms, keyed by the order like every feedback event. */
final class AnswerEvents {

    private final EventWriter events;

    AnswerEvents(EventWriter events) {
        this.events = events;
    }

    List<OutboxMessage> of(AnswerRecorded recorded) {
        SessionWork work = recorded.task().work();
        List<OutboxMessage> messages = new ArrayList<>();
        messages.add(events.write(FeedbackEvents.FEEDBACK_RECEIVED, work.orderId(), work.county(),
                new FeedbackReceived(work.orderId(), recorded.task().id().value(), work.sessionId(), work.county(),
                        recorded.requestId(), recorded.respondent().name(), recorded.answer().formId(),
                        recorded.answer().formVersion(), new TreeMap<>(recorded.ratingsToPublish()),
                        recorded.answer().receivedAt())));
        recorded.summary().ifPresent(summary -> messages.add(events.write(FeedbackEvents.SUMMARY_UPDATED,
                work.orderId(), work.county(), summaryOf(recorded, summary))));
        return messages;
    }

    private static FeedbackSummaryUpdated summaryOf(AnswerRecorded recorded, RespondentSummary summary) {
        SessionWork work = recorded.task().work();
        Map<String, FeedbackSummaryUpdated.RatingAverage> ratings = new TreeMap<>();
        summary.ratings().forEach((key, rating) ->
                ratings.put(key, new FeedbackSummaryUpdated.RatingAverage(rating.answered(), rating.average())));
        return new FeedbackSummaryUpdated(work.orderId(), recorded.task().id().value(), work.sessionId(),
                work.county(), summary.respondent().name(), summary.answers(), ratings);
    }
}
