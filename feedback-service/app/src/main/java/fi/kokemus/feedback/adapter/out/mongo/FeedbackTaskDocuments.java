package fi.kokemus.feedback.adapter.out.mongo;

import fi.kokemus.feedback.domain.CompletedWork;
import fi.kokemus.feedback.domain.FeedbackAnswer;
import fi.kokemus.feedback.domain.FeedbackRequest;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.LinkToken;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.platform.outbox.MongoAggregateStore;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** Maps a feedback task to its document: work facts at the top, requests with their answers in an array. */
final class FeedbackTaskDocuments {

    static final String ORDER_ID = "orderId";
    static final String TOKEN_PATH = "requests.token";

    private FeedbackTaskDocuments() {
    }

    static Document toDocument(FeedbackTask task) {
        CompletedWork work = task.work();
        return new Document("_id", task.id().value())
                .append(ORDER_ID, work.orderId())
                .append("assignmentId", work.assignmentId())
                .append("expertId", work.expertId())
                .append("expertUsername", work.expertUsername())
                .append("county", work.county())
                .append("unitId", work.unitId())
                .append("taskType", work.taskType())
                .append("audience", work.audience())
                .append("startsAt", Date.from(work.startsAt()))
                .append("openedAt", Date.from(task.openedAt()))
                .append("requests", task.requests().stream().map(FeedbackTaskDocuments::toDocument).toList());
    }

    static FeedbackTask fromDocument(Document document) {
        CompletedWork work = new CompletedWork(document.getString(ORDER_ID), document.getString("assignmentId"),
                document.getString("expertId"), document.getString("expertUsername"), document.getString("county"),
                document.getString("unitId"), document.getString("taskType"), document.getString("audience"),
                instant(document, "startsAt"));
        List<FeedbackRequest> requests = document.getList("requests", Document.class).stream()
                .map(FeedbackTaskDocuments::requestOf)
                .toList();
        return new FeedbackTask(new TaskId(document.getString("_id")), work, instant(document, "openedAt"), requests,
                document.getLong(MongoAggregateStore.VERSION));
    }

    private static Document toDocument(FeedbackRequest request) {
        return new Document("respondent", request.respondent().name())
                .append("token", request.token().value())
                .append("expiresAt", Date.from(request.expiresAt()))
                .append("answers", request.answers().stream().map(FeedbackTaskDocuments::toDocument).toList());
    }

    private static Document toDocument(FeedbackAnswer answer) {
        return new Document("rating", answer.rating())
                .append("comment", answer.comment())
                .append("receivedAt", Date.from(answer.receivedAt()));
    }

    private static FeedbackRequest requestOf(Document document) {
        return new FeedbackRequest(Respondent.valueOf(document.getString("respondent")),
                new LinkToken(document.getString("token")), instant(document, "expiresAt"),
                document.getList("answers", Document.class).stream().map(FeedbackTaskDocuments::answerOf).toList());
    }

    private static FeedbackAnswer answerOf(Document document) {
        return new FeedbackAnswer(document.getInteger("rating"), document.getString("comment"),
                instant(document, "receivedAt"));
    }

    private static Instant instant(Document document, String field) {
        return document.getDate(field).toInstant();
    }
}
