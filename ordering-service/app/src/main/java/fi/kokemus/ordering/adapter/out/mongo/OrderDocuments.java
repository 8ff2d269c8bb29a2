package fi.kokemus.ordering.adapter.out.mongo;

import fi.kokemus.ordering.domain.Assignment;
import fi.kokemus.ordering.domain.AssignmentId;
import fi.kokemus.ordering.domain.AssignmentState;
import fi.kokemus.ordering.domain.Audience;
import fi.kokemus.ordering.domain.CancelCause;
import fi.kokemus.ordering.domain.ClientConsent;
import fi.kokemus.ordering.domain.EventScope;
import fi.kokemus.ordering.domain.ExpertRole;
import fi.kokemus.ordering.domain.HistoryEntry;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderForm;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.OrderingUnit;
import fi.kokemus.ordering.domain.Outcome;
import fi.kokemus.ordering.domain.Route;
import fi.kokemus.ordering.domain.Session;
import fi.kokemus.ordering.domain.SessionId;
import fi.kokemus.ordering.domain.SessionWork;
import fi.kokemus.ordering.domain.Travel;
import fi.kokemus.ordering.domain.Venue;
import fi.kokemus.ordering.domain.WorkReport;
import fi.kokemus.platform.outbox.MongoAggregateStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;

/**
 * Maps an order to its one document and back. {@code state}, {@code startsAt} and the experts'
 * usernames and ids are stored at the top so queries can filter and sort by them.
 */
final class OrderDocuments {

    static final String COUNTY = "county";
    static final String UNIT_ID = "unitId";
    static final String STATE = "state";
    static final String STARTS_AT = "startsAt";
    static final String ASSIGNMENTS = "assignments";
    static final String EXPERT_USERNAME = ASSIGNMENTS + ".expertUsername";
    static final String EXPERT_ID = ASSIGNMENTS + ".expertId";

    private OrderDocuments() {
    }

    static Document toDocument(Order order) {
        return new Document("_id", order.id().toString())
                .append(COUNTY, order.county())
                .append(UNIT_ID, order.unit().unitId())
                .append("orderedBy", order.orderedBy())
                .append("route", order.route().name())
                .append("form", toDocument(order.form()))
                .append(STARTS_AT, Date.from(order.startsAt()))
                .append(STATE, order.state().name())
                .append("sessions", map(order.sessions(), OrderDocuments::toDocument))
                .append(ASSIGNMENTS, map(order.assignments(), OrderDocuments::toDocument))
                .append("candidates", order.candidates())
                .append("cancellation", order.cancellation().map(OrderDocuments::toDocument).orElse(null))
                .append("history", map(order.history(), OrderDocuments::toDocument));
    }

    static Order toOrder(Document document) {
        Document cancellation = document.get("cancellation", Document.class);
        return Order.restore(
                OrderId.parse(document.getString("_id")),
                new OrderingUnit(document.getString(COUNTY), document.getString(UNIT_ID)),
                document.getString("orderedBy"),
                Route.valueOf(document.getString("route")),
                toForm(document.get("form", Document.class)),
                list(document, "sessions", OrderDocuments::toSession),
                list(document, ASSIGNMENTS, OrderDocuments::toAssignment),
                document.getList("candidates", String.class, List.of()),
                cancellation == null ? null : new Order.Cancellation(cancellation.getString("by"),
                        instant(cancellation, "at"), cancellation.getString("reason")),
                list(document, "history", OrderDocuments::toHistoryEntry),
                document.getLong(MongoAggregateStore.VERSION));
    }

    private static Document toDocument(OrderForm form) {
        ClientConsent consent = form.consent();
        return new Document("taskType", form.taskType())
                .append("role", form.role().name())
                .append("topic", form.topic())
                .append("experienceWanted", form.experienceWanted())
                .append("audience", form.audience().name())
                .append("place", form.venue() instanceof Venue.OnSite onSite ? onSite.place() : null)
                .append("remote", form.venue() instanceof Venue.Remote)
                .append("language", form.language())
                .append("expertsNeeded", form.expertsNeeded())
                .append("preparationExpected", form.preparationExpected())
                .append("eventScope", form.eventScope().name())
                .append("costCentre", form.costCentre())
                .append("consent", consent == null ? null
                        : new Document("givenOn", consent.givenOn().toString()).append("recordedBy", consent.recordedBy()))
                .append("description", form.description());
    }

    private static OrderForm toForm(Document form) {
        Document consent = form.get("consent", Document.class);
        return new OrderForm(
                form.getString("taskType"),
                ExpertRole.valueOf(form.getString("role")),
                form.getString("topic"),
                form.getString("experienceWanted"),
                Audience.valueOf(form.getString("audience")),
                Venue.of(form.getString("place"), form.getBoolean("remote")),
                form.getString("language"),
                form.getInteger("expertsNeeded"),
                form.getBoolean("preparationExpected"),
                EventScope.valueOf(form.getString("eventScope")),
                form.getString("costCentre"),
                consent == null ? null
                        : new ClientConsent(LocalDate.parse(consent.getString("givenOn")), consent.getString("recordedBy")),
                form.getString("description"));
    }

    private static Document toDocument(Session session) {
        return new Document("sessionId", session.id().toString())
                .append(STARTS_AT, Date.from(session.startsAt()))
                .append("durationMinutes", session.durationMinutes())
                .append("status", session.status().name());
    }

    private static Session toSession(Document document) {
        return new Session(SessionId.parse(document.getString("sessionId")), instant(document, STARTS_AT),
                document.getInteger("durationMinutes"), Session.Status.valueOf(document.getString("status")));
    }

    private static Document toDocument(Assignment assignment) {
        return new Document("assignmentId", assignment.id().toString())
                .append("expertId", assignment.expertId())
                .append("expertUsername", assignment.expertUsername())
                .append("state", assignment.state().name())
                .append("offeredAt", date(assignment.offeredAt()))
                .append("expiresAt", date(assignment.expiresAt()))
                .append("declineReason", assignment.declineReason())
                .append("cancelCause", assignment.cancelCause() == null ? null : assignment.cancelCause().name())
                .append("cancelledAt", date(assignment.cancelledAt()))
                .append("work", map(assignment.work(), OrderDocuments::toDocument));
    }

    private static Assignment toAssignment(Document document) {
        String cause = document.getString("cancelCause");
        return new Assignment(
                AssignmentId.parse(document.getString("assignmentId")),
                document.getString("expertId"),
                document.getString("expertUsername"),
                AssignmentState.valueOf(document.getString("state")),
                instant(document, "offeredAt"),
                instant(document, "expiresAt"),
                document.getString("declineReason"),
                cause == null ? null : CancelCause.valueOf(cause),
                instant(document, "cancelledAt"),
                list(document, "work", OrderDocuments::toWork));
    }

    private static Document toDocument(SessionWork work) {
        WorkReport report = work.report();
        return new Document("sessionId", work.sessionId().toString())
                .append("state", work.state().name())
                .append("outcome", report.outcome().name())
                .append("participants", report.participants())
                .append("minutesWorked", report.minutesWorked())
                .append("travel", toDocument(report.travel()))
                .append("feeWaived", report.feeWaived())
                .append("reducedFeeCents", report.reducedFeeCents())
                .append("reportedAt", date(work.reportedAt()))
                .append("comment", work.comment())
                .append("decidedBy", work.decidedBy())
                .append("decidedAt", date(work.decidedAt()));
    }

    private static SessionWork toWork(Document document) {
        WorkReport report = new WorkReport(Outcome.valueOf(document.getString("outcome")),
                document.getInteger("participants"), document.getInteger("minutesWorked"),
                toTravel(document.get("travel", Document.class)), document.getBoolean("feeWaived"),
                document.getLong("reducedFeeCents"));
        return new SessionWork(SessionId.parse(document.getString("sessionId")),
                SessionWork.State.valueOf(document.getString("state")), report, instant(document, "reportedAt"),
                document.getString("comment"), document.getString("decidedBy"), instant(document, "decidedAt"));
    }

    private static Document toDocument(Travel travel) {
        return new Document("ownCarKilometres", travel.ownCarKilometres())
                .append("route", travel.route())
                .append("passengers", travel.passengers())
                .append("ticketsCents", travel.ticketsCents())
                .append("awayMinutes", travel.awayMinutes())
                .append("farthestKilometres", travel.farthestKilometres())
                .append("freeMeals", travel.freeMeals())
                .append("expenses", map(travel.expenses(), expense ->
                        new Document("description", expense.description()).append("cents", expense.cents())))
                .append("usualMealPlaceUnavailable", travel.usualMealPlaceUnavailable());
    }

    private static Travel toTravel(Document document) {
        return new Travel(document.getInteger("ownCarKilometres"), document.getString("route"),
                document.getInteger("passengers"), document.getLong("ticketsCents"), document.getInteger("awayMinutes"),
                document.getInteger("farthestKilometres"), document.getInteger("freeMeals"),
                list(document, "expenses", expense ->
                        new Travel.Expense(expense.getString("description"), expense.getLong("cents"))),
                document.getBoolean("usualMealPlaceUnavailable", false));
    }

    private static Document toDocument(Order.Cancellation cancellation) {
        return new Document("by", cancellation.by()).append("at", date(cancellation.at()))
                .append("reason", cancellation.reason());
    }

    private static Document toDocument(HistoryEntry entry) {
        return new Document("at", date(entry.at())).append("by", entry.by()).append("step", entry.step().name())
                .append("detail", entry.detail());
    }

    private static HistoryEntry toHistoryEntry(Document document) {
        return new HistoryEntry(instant(document, "at"), document.getString("by"),
                HistoryEntry.Step.valueOf(document.getString("step")), document.getString("detail"));
    }

    private static <T> List<Document> map(List<T> values, Function<T, Document> mapper) {
        return values.stream().map(mapper).toList();
    }

    private static <T> List<T> list(Document document, String field, Function<Document, T> mapper) {
        return document.getList(field, Document.class, List.of()).stream().map(mapper).toList();
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
