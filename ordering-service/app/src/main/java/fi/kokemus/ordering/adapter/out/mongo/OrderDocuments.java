package fi.kokemus.ordering.adapter.out.mongo;

import fi.kokemus.ordering.domain.Assignment;
import fi.kokemus.ordering.domain.AssignmentId;
import fi.kokemus.ordering.domain.AssignmentState;
import fi.kokemus.ordering.domain.Audience;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderForm;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.OrderingUnit;
import fi.kokemus.ordering.domain.Venue;
import fi.kokemus.ordering.domain.WorkReport;
import fi.kokemus.platform.outbox.MongoAggregateStore;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;

/** Maps an order to its document and back. {@code state} is stored only so queries can filter by it. */
final class OrderDocuments {

    static final String COUNTY = "county";
    static final String UNIT_ID = "unitId";
    static final String STATE = "state";
    static final String STARTS_AT = "startsAt";
    static final String EXPERT_USERNAME = "assignments.expertUsername";

    private OrderDocuments() {
    }

    static Document toDocument(Order order) {
        OrderForm form = order.form();
        return new Document("_id", order.id().toString())
                .append(COUNTY, order.county())
                .append(UNIT_ID, order.unit().unitId())
                .append("orderedBy", order.orderedBy())
                .append("taskType", form.taskType())
                .append("topic", form.topic())
                .append("audience", form.audience().name())
                .append(STARTS_AT, Date.from(form.startsAt()))
                .append("durationMinutes", form.durationMinutes())
                .append("place", form.venue() instanceof Venue.OnSite onSite ? onSite.place() : null)
                .append("remote", form.venue() instanceof Venue.Remote)
                .append("costCentre", form.costCentre())
                .append("language", form.language())
                .append("description", form.description())
                .append(STATE, order.state().name())
                .append("assignments", order.assignments().stream().map(OrderDocuments::toDocument).toList());
    }

    static Order toOrder(Document document) {
        var form = new OrderForm(
                document.getString("taskType"),
                document.getString("topic"),
                Audience.valueOf(document.getString("audience")),
                document.getDate(STARTS_AT).toInstant(),
                document.getInteger("durationMinutes"),
                Venue.of(document.getString("place"), document.getBoolean("remote")),
                document.getString("costCentre"),
                document.getString("language"),
                document.getString("description"));
        return Order.restore(
                new OrderId(UUID.fromString(document.getString("_id"))),
                new OrderingUnit(document.getString(COUNTY), document.getString(UNIT_ID)),
                document.getString("orderedBy"),
                form,
                document.getList("assignments", Document.class, List.of()).stream().map(OrderDocuments::toAssignment).toList(),
                document.getLong(MongoAggregateStore.VERSION));
    }

    private static Document toDocument(Assignment assignment) {
        WorkReport work = assignment.work();
        return new Document("assignmentId", assignment.id().toString())
                .append("expertId", assignment.expertId())
                .append("expertUsername", assignment.expertUsername())
                .append("state", assignment.state().name())
                .append("occasions", work == null ? null : work.occasions())
                .append("minutesWorked", work == null ? null : work.minutesWorked())
                .append("declineReason", assignment.declineReason())
                .append("approvedBy", assignment.approvedBy());
    }

    private static Assignment toAssignment(Document document) {
        Integer occasions = document.getInteger("occasions");
        return new Assignment(
                new AssignmentId(UUID.fromString(document.getString("assignmentId"))),
                document.getString("expertId"),
                document.getString("expertUsername"),
                AssignmentState.valueOf(document.getString("state")),
                occasions == null ? null : new WorkReport(occasions, document.getInteger("minutesWorked")),
                document.getString("declineReason"),
                document.getString("approvedBy"));
    }
}
