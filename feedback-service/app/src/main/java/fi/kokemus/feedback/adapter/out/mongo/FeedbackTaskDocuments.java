package fi.kokemus.feedback.adapter.out.mongo;

import fi.kokemus.feedback.domain.FeedbackAnswer;
import fi.kokemus.feedback.domain.FeedbackRequest;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.LinkId;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.SessionWork;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.feedback.domain.TokenHash;
import fi.kokemus.platform.outbox.MongoAggregateStore;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Maps a feedback task to its document: work facts at the top, requests with their answers in an
 * array. A link is kept as its id and its token's hash, never the token.
 */
final class FeedbackTaskDocuments {

    static final String ORDER_ID = "orderId";
    static final String TOKEN_HASH_PATH = "requests.tokenHash";

    private FeedbackTaskDocuments() {
    }

    static Document toDocument(FeedbackTask task) {
        SessionWork work = task.work();
        return new Document("_id", task.id().value())
                .append(ORDER_ID, work.orderId())
                .append("sessionId", work.sessionId())
                .append("assignmentId", work.assignmentId())
                .append("expertId", work.expertId())
                .append("expertUsername", work.expertUsername())
                .append("county", work.county())
                .append("unitId", work.unitId())
                .append("taskType", work.taskType())
                .append("audience", work.audience())
                .append("clientWork", work.clientWork())
                .append("startsAt", Date.from(work.startsAt()))
                .append("openedAt", Date.from(task.openedAt()))
                .append("requests", task.requests().stream().map(FeedbackTaskDocuments::toDocument).toList());
    }

    static FeedbackTask fromDocument(Document document) {
        SessionWork work = new SessionWork(document.getString(ORDER_ID), document.getString("sessionId"),
                document.getString("assignmentId"), document.getString("expertId"),
                document.getString("expertUsername"), document.getString("county"), document.getString("unitId"),
                document.getString("taskType"), document.getString("audience"), document.getBoolean("clientWork"),
                instant(document, "startsAt"));
        List<FeedbackRequest> requests = document.getList("requests", Document.class).stream()
                .map(FeedbackTaskDocuments::requestOf)
                .toList();
        return new FeedbackTask(new TaskId(document.getString("_id")), work, instant(document, "openedAt"), requests,
                document.getLong(MongoAggregateStore.VERSION));
    }

    private static Document toDocument(FeedbackRequest request) {
        return new Document("respondent", request.respondent().name())
                .append("linkId", request.linkId().value())
                .append("tokenHash", request.tokenHash().value())
                .append("opensAt", Date.from(request.opensAt()))
                .append("expiresAt", Date.from(request.expiresAt()))
                .append("closed", request.closed())
                .append("answers", request.answers().stream().map(FeedbackTaskDocuments::toDocument).toList());
    }

    private static Document toDocument(FeedbackAnswer answer) {
        return new Document("form", answer.formId())
                .append("formVersion", answer.formVersion())
                .append("ratings", new Document(new LinkedHashMap<>(answer.ratings())))
                .append("texts", new Document(new LinkedHashMap<>(answer.texts())))
                .append("receivedAt", Date.from(answer.receivedAt()));
    }

    private static FeedbackRequest requestOf(Document document) {
        return new FeedbackRequest(Respondent.valueOf(document.getString("respondent")),
                new LinkId(document.getString("linkId")), new TokenHash(document.getString("tokenHash")),
                instant(document, "opensAt"), instant(document, "expiresAt"), document.getBoolean("closed"),
                document.getList("answers", Document.class).stream().map(FeedbackTaskDocuments::answerOf).toList());
    }

    private static FeedbackAnswer answerOf(Document document) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        document.get("ratings", Document.class).forEach((key, value) -> ratings.put(key, (Integer) value));
        Map<String, String> texts = new LinkedHashMap<>();
        document.get("texts", Document.class).forEach((key, value) -> texts.put(key, (String) value));
        return new FeedbackAnswer(document.getString("form"), document.getInteger("formVersion"), ratings, texts,
                instant(document, "receivedAt"));
    }

    private static Instant instant(Document document, String field) {
        return document.getDate(field).toInstant();
    }
}
