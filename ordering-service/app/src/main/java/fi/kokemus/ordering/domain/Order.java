package fi.kokemus.ordering.domain;

import fi.kokemus.ordering.domain.HistoryEntry.Step;
import fi.kokemus.platform.problem.DomainProblem;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An order for experts' work: its sessions, the candidates proposed, the experts offered and the
 * work they report. Its {@link #state(Instant)} follows from these. Every change appends to the
 * history and leaves a pending event.
 */
public final class Order {

    /** The orderer's cancellation: who, exactly when, and why. */
    public record Cancellation(String by, Instant at, String reason) {
    }

    public static final int MAX_REASON_LENGTH = 500;

    private final OrderId id;
    private final OrderingUnit unit;
    private final String orderedBy;
    private final Route route;
    private final OrderForm form;
    private final TaskType task;
    private final List<Session> sessions;
    private final List<Assignment> assignments;
    private final List<String> candidates;
    private Cancellation cancellation;
    private final List<HistoryEntry> history;
    private final long version;
    private final List<OrderEvent> pendingEvents = new ArrayList<>();

    private Order(OrderId id, OrderingUnit unit, String orderedBy, Route route, OrderForm form, List<Session> sessions,
            List<Assignment> assignments, List<String> candidates, Cancellation cancellation,
            List<HistoryEntry> history, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.orderedBy = Objects.requireNonNull(orderedBy, "orderedBy");
        this.route = Objects.requireNonNull(route, "route");
        this.form = Objects.requireNonNull(form, "form");
        this.task = TaskCatalogue.require(unit.county(), form.taskType());
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("An order has at least one session");
        }
        this.sessions = new ArrayList<>(sessions);
        this.sessions.sort(Comparator.comparing(Session::startsAt));
        this.assignments = new ArrayList<>(assignments);
        this.candidates = new ArrayList<>(candidates);
        this.cancellation = cancellation;
        this.history = new ArrayList<>(history);
        this.version = version;
    }

    /**
     * A new order. Every session must start after {@code now}; one-to-one client work needs the
     * client's consent; a direct order needs a county that allows it for the role.
     */
    public static Order place(OrderingUnit unit, String orderedBy, Route route, OrderForm form, Schedule schedule,
            Instant now) {
        List<Session> planned = schedule.plan();
        if (planned.stream().anyMatch(session -> !session.startsAt().isAfter(now))) {
            throw DomainProblem.invalid("order-in-past", "Every session must start in the future", "startsAt");
        }
        TaskType task = TaskCatalogue.require(unit.county(), form.taskType());
        if (task.clientWork() && form.consent() == null) {
            throw DomainProblem.invalid("consent-required",
                    "One-to-one client work needs the client's consent recorded (date and by whom)", "consent");
        }
        if (route == Route.DIRECT) {
            OrderingPolicy.requireDirectAllowed(unit.county(), form.role());
        }
        Order order = new Order(OrderId.newId(), unit, orderedBy, route, form, planned, List.of(), List.of(), null,
                List.of(), 0);
        order.record(new OrderEvent.Placed(), Step.PLACED, orderedBy, now, route.name());
        return order;
    }

    /** An order as it was stored at {@code version}. */
    public static Order restore(OrderId id, OrderingUnit unit, String orderedBy, Route route, OrderForm form,
            List<Session> sessions, List<Assignment> assignments, List<String> candidates, Cancellation cancellation,
            List<HistoryEntry> history, long version) {
        return new Order(id, unit, orderedBy, route, form, sessions, assignments, candidates, cancellation, history,
                version);
    }

    public OrderState state(Instant now) {
        if (cancellation != null) {
            return OrderState.CANCELLED;
        }
        if (sessions.stream().allMatch(this::isSettled)) {
            return OrderState.COMPLETED;
        }
        if (accepted().count() >= form.expertsNeeded()) {
            return OrderState.CONFIRMED;
        }
        if (freePlaces(now) == 0) {
            return OrderState.OFFERED;
        }
        return candidates.isEmpty() ? OrderState.OPEN : OrderState.AWAITING_CHOICE;
    }

    /** The state as of the last change (an offer that expired since then still counts as waiting). */
    public OrderState state() {
        return state(lastChangedAt());
    }

    /** How many more experts the order needs: places not held by an accepted or a still valid offer. */
    public int freePlaces(Instant now) {
        return (int) Math.max(0, form.expertsNeeded() - assignments.stream().filter(a -> a.holdsPlace(now)).count());
    }

    /** Since when the order has waited for a candidate: placed, or an expert declined, withdrew or let an offer lapse. */
    public Instant waitingSince(Instant now) {
        Stream<Instant> reopened = history.stream()
                .filter(entry -> entry.step() == Step.PLACED || entry.step() == Step.OFFER_DECLINED
                        || entry.step() == Step.ASSIGNMENT_CANCELLED)
                .map(HistoryEntry::at);
        Stream<Instant> lapsed = assignments.stream()
                .filter(assignment -> assignment.state() == AssignmentState.OFFERED && assignment.isExpired(now))
                .map(Assignment::expiresAt);
        return Stream.concat(reopened, lapsed).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** The coordinator proposes candidates among whom the unit chooses. */
    public void propose(List<ExpertCalendar> proposed, String by, Instant now) {
        requireState(now, "propose candidates", OrderState.OPEN, OrderState.AWAITING_CHOICE);
        if (proposed.isEmpty()) {
            throw DomainProblem.invalid("invalid-input", "Propose at least one candidate", "expertIds");
        }
        List<String> ids = proposed.stream().map(calendar -> calendar.expert().expertId()).toList();
        if (ids.stream().distinct().count() != ids.size()) {
            throw DomainProblem.invalid("invalid-input", "A candidate is proposed once", "expertIds");
        }
        for (ExpertCalendar calendar : proposed) {
            requireNotTaking(calendar.expert(), now);
            Eligibility.require(calendar, county(), sessionsAhead(now));
        }
        ids.stream().filter(expertId -> !candidates.contains(expertId)).forEach(candidates::add);
        record(new OrderEvent.CandidatesProposed(ids, by, now), Step.CANDIDATES_PROPOSED, by, now,
                String.join(", ", ids));
    }

    /** The unit chooses one of the proposed candidates, who is offered the order at once. */
    public Assignment choose(ExpertCalendar chosen, String by, Instant now, Duration offerValidity) {
        requireState(now, "choose a candidate", OrderState.AWAITING_CHOICE);
        String expertId = chosen.expert().expertId();
        if (!candidates.contains(expertId)) {
            throw DomainProblem.conflict("not-a-candidate", "Expert " + expertId + " is not a proposed candidate of order " + id);
        }
        candidates.remove(expertId);
        record(new OrderEvent.CandidateChosen(expertId, by, now), Step.CANDIDATE_CHOSEN, by, now, expertId);
        return offer(chosen, by, now, offerValidity);
    }

    /** A unit offers its direct order to an expert it names. */
    public Assignment offerDirectly(ExpertCalendar named, String by, Instant now, Duration offerValidity) {
        if (route != Route.DIRECT) {
            throw DomainProblem.conflict("not-direct-order", "Order " + id + " goes through the coordinator, who proposes candidates");
        }
        requireState(now, "offer the order", OrderState.OPEN, OrderState.AWAITING_CHOICE);
        return offer(named, by, now, offerValidity);
    }

    public Assignment accept(AssignmentId assignmentId, String username, ExpertCalendar self, Instant now) {
        Assignment offer = ownOpenOffer(assignmentId, username, now);
        if (offer.isExpired(now)) {
            throw DomainProblem.conflict("offer-expired", "The offer expired at " + offer.expiresAt());
        }
        Eligibility.require(self, county(), sessionsAhead(now));
        Assignment accepted = replace(offer.accepted());
        record(new OrderEvent.OfferAccepted(assignmentId), Step.OFFER_ACCEPTED, username, now, offer.expertId());
        if (accepted().count() == form.expertsNeeded()) {
            candidates.clear();
            record(new OrderEvent.Confirmed(now), Step.CONFIRMED, username, now, "");
        }
        return accepted;
    }

    /** The expert turns the offer down; the offer is closed for good and the place opens again. */
    public Assignment decline(AssignmentId assignmentId, String username, String reason, Instant now) {
        Assignment offer = ownOpenOffer(assignmentId, username, now);
        Assignment declined = replace(offer.declined(reason));
        record(new OrderEvent.OfferDeclined(assignmentId), Step.OFFER_DECLINED, username, now, offer.expertId());
        return declined;
    }

    /**
     * Moves a session by agreement. Each expert holding a place must be free at the new time
     * ({@code committed} gives their calendars); the session keeps its id.
     */
    public Session reschedule(SessionId sessionId, Instant newStart, int newDuration, Collection<ExpertCalendar> committed,
            String agreedBy, Instant now) {
        requireOpenForChanges(now, "reschedule a session");
        Session session = session(sessionId);
        if (!session.isAhead(now)) {
            throw DomainProblem.conflict("session-not-ahead", "Session " + sessionId + " has begun or is no longer planned");
        }
        if (!Checks.required(newStart, "startsAt").isAfter(now)) {
            throw DomainProblem.invalid("order-in-past", "The new time must be in the future", "startsAt");
        }
        Session moved = session.movedTo(newStart.truncatedTo(ChronoUnit.MILLIS), newDuration);
        Map<String, ExpertCalendar> calendars = committed.stream()
                .collect(Collectors.toMap(calendar -> calendar.expert().expertId(), Function.identity(), (a, b) -> a));
        assignments.stream().filter(assignment -> assignment.holdsPlace(now)).forEach(assignment -> {
            ExpertCalendar calendar = calendars.get(assignment.expertId());
            if (calendar == null) {
                throw DomainProblem.conflict("unknown-expert", "Ordering no longer knows expert " + assignment.expertId());
            }
            Eligibility.require(calendar, county(), List.of(moved));
        });
        sessions.set(sessions.indexOf(session), moved);
        sessions.sort(Comparator.comparing(Session::startsAt));
        record(new OrderEvent.SessionRescheduled(sessionId, session.startsAt(), agreedBy, now),
                Step.SESSION_RESCHEDULED, agreedBy, now, sessionId + " " + session.startsAt() + " → " + newStart);
        return moved;
    }

    /** The orderer cancels; the sessions not yet begun end. Work of sessions already begun can still be reported. */
    public void cancel(String by, String reason, Instant now) {
        requireOpenForChanges(now, "cancel the order");
        String checkedReason = Checks.text(reason, "reason", MAX_REASON_LENGTH);
        List<Session> ended = endSessionsAhead(now, Session.Status.CANCELLED);
        cancellation = new Cancellation(by, now, checkedReason);
        candidates.clear();
        record(new OrderEvent.OrderCancelled(by, checkedReason, now, ended), Step.ORDER_CANCELLED, by, now, checkedReason);
    }

    /** The expert withdraws from an accepted assignment; the order reopens for a backup. */
    public Assignment cancelAssignment(AssignmentId assignmentId, String username, CancelCause cause, Instant now) {
        Assignment assignment = own(assignmentId, username);
        requireOpenForChanges(now, "withdraw");
        if (assignment.state() != AssignmentState.ACCEPTED) {
            throw DomainProblem.conflict("not-accepted", "Assignment " + assignmentId + " is " + assignment.state()
                    + "; only an accepted assignment can be withdrawn from");
        }
        Assignment cancelled = replace(assignment.cancelled(cause, now));
        record(new OrderEvent.AssignmentCancelled(assignmentId, username, now, sessionsAhead(now)),
                Step.ASSIGNMENT_CANCELLED, username, now, assignment.expertId() + " " + cause);
        return cancelled;
    }

    /** A group ends before its last agreed session; the sessions not yet begun are dropped. */
    public List<Session> endGroupEarly(EarlyEndReason reason, String by, Instant now) {
        requireOpenForChanges(now, "end the group early");
        Checks.required(reason, "reason");
        if (!task.groupWork()) {
            throw DomainProblem.conflict("not-group-work", task.code() + " is not group work");
        }
        if (sessionsAhead(now).isEmpty()) {
            throw DomainProblem.conflict("no-sessions-ahead", "Order " + id + " has no sessions left to drop");
        }
        List<Session> dropped = endSessionsAhead(now, Session.Status.DROPPED);
        record(new OrderEvent.GroupEndedEarly(reason, by, now, dropped), Step.GROUP_ENDED_EARLY, by, now, reason.name());
        return dropped;
    }

    /** The expert reports a session that has begun: first time, or again after the unit returned it. */
    public SessionWork report(AssignmentId assignmentId, SessionId sessionId, String username, WorkReport report,
            Instant now) {
        Assignment assignment = own(assignmentId, username);
        Session session = session(sessionId);
        if (!session.isPlanned()) {
            throw DomainProblem.conflict("session-not-planned", "Session " + sessionId + " was " + session.status());
        }
        if (!session.hasStarted(now)) {
            throw DomainProblem.conflict("session-not-started", "Session " + sessionId + " starts at " + session.startsAt());
        }
        if (!assignment.coversSessionAt(session.startsAt())) {
            throw DomainProblem.conflict("not-accepted", "Assignment " + assignmentId + " is " + assignment.state()
                    + " and does not cover session " + sessionId);
        }
        Optional<SessionWork> earlier = assignment.workFor(sessionId);
        if (earlier.isPresent() && earlier.get().state() != SessionWork.State.RETURNED) {
            throw DomainProblem.conflict("already-reported", "Session " + sessionId + " is already " + earlier.get().state());
        }
        SessionWork work = SessionWork.reported(sessionId, report.checkedFor(task), now);
        replace(assignment.withWork(work));
        record(new OrderEvent.WorkReported(assignmentId, sessionId), Step.WORK_REPORTED, username, now,
                sessionId + " " + work.report().outcome());
        if (earlier.isEmpty()) {
            pendingEvents.add(new OrderEvent.SessionOutcomeReported(assignmentId, sessionId));
        }
        return work;
    }

    /** The unit approves a reported session: the fact the fee is paid from. */
    public SessionWork approve(AssignmentId assignmentId, SessionId sessionId, String by, Instant now) {
        SessionWork work = reportedWork(assignmentId, sessionId).approved(by, now);
        replace(assignment(assignmentId).withWork(work));
        record(new OrderEvent.WorkApproved(assignmentId, sessionId), Step.WORK_APPROVED, by, now, sessionId.toString());
        return work;
    }

    /** The unit returns a reported session to the expert to be corrected. */
    public SessionWork returnWork(AssignmentId assignmentId, SessionId sessionId, String comment, String by,
            Instant now) {
        String why = Checks.text(comment, "comment", MAX_REASON_LENGTH);
        SessionWork work = reportedWork(assignmentId, sessionId).returned(by, why, now);
        replace(assignment(assignmentId).withWork(work));
        record(new OrderEvent.WorkReturned(assignmentId, sessionId), Step.WORK_RETURNED, by, now, sessionId + " " + why);
        return work;
    }

    private Assignment offer(ExpertCalendar calendar, String by, Instant now, Duration offerValidity) {
        requireNotTaking(calendar.expert(), now);
        List<Session> ahead = sessionsAhead(now);
        Eligibility.require(calendar, county(), ahead);
        Instant validUntil = now.plus(offerValidity);
        Instant firstStart = ahead.get(0).startsAt();
        Assignment offered = Assignment.offered(calendar.expert(), now,
                validUntil.isBefore(firstStart) ? validUntil : firstStart);
        assignments.add(offered);
        record(new OrderEvent.ExpertOffered(offered.id()), Step.EXPERT_OFFERED, by, now, offered.expertId());
        return offered;
    }

    private SessionWork reportedWork(AssignmentId assignmentId, SessionId sessionId) {
        session(sessionId);
        Optional<SessionWork> work = assignment(assignmentId).workFor(sessionId);
        if (work.isEmpty() || work.get().state() == SessionWork.State.RETURNED) {
            throw DomainProblem.conflict("not-reported", "Session " + sessionId + " has no report waiting for approval");
        }
        if (work.get().state() == SessionWork.State.APPROVED) {
            throw DomainProblem.conflict("already-approved", "Session " + sessionId + " is already approved");
        }
        return work.get();
    }

    private Assignment ownOpenOffer(AssignmentId assignmentId, String username, Instant now) {
        Assignment offer = own(assignmentId, username);
        if (cancellation != null) {
            throw DomainProblem.conflict("order-closed", "Order " + id + " was cancelled");
        }
        if (offer.state() != AssignmentState.OFFERED) {
            throw DomainProblem.conflict("offer-not-open", "The offer is " + offer.state() + "; an answered offer is final");
        }
        return offer;
    }

    private Assignment own(AssignmentId assignmentId, String username) {
        Assignment assignment = assignment(assignmentId);
        if (!assignment.isFor(username)) {
            throw DomainProblem.forbidden("not-your-offer", "Assignment " + assignmentId + " belongs to another expert");
        }
        return assignment;
    }

    private void requireNotTaking(Expert expert, Instant now) {
        boolean taking = assignments.stream()
                .anyMatch(assignment -> assignment.expertId().equals(expert.expertId()) && assignment.holdsPlace(now));
        if (taking) {
            throw DomainProblem.conflict("already-assigned", "Expert " + expert.expertId() + " already has a place in order " + id);
        }
    }

    private void requireState(Instant now, String action, OrderState... allowed) {
        OrderState current = state(now);
        if (!List.of(allowed).contains(current)) {
            throw DomainProblem.conflict("illegal-transition", "Order " + id + " is " + current + "; cannot " + action);
        }
    }

    private void requireOpenForChanges(Instant now, String action) {
        requireState(now, action, OrderState.OPEN, OrderState.AWAITING_CHOICE, OrderState.OFFERED, OrderState.CONFIRMED);
    }

    private List<Session> endSessionsAhead(Instant now, Session.Status status) {
        List<Session> ended = sessionsAhead(now);
        ended.forEach(session -> sessions.set(sessions.indexOf(session), session.withStatus(status)));
        return ended.stream().map(session -> session.withStatus(status)).toList();
    }

    /** A session is settled when it will not be held, or every expert doing it has had its work approved. */
    private boolean isSettled(Session session) {
        if (!session.isPlanned()) {
            return true;
        }
        List<Assignment> doing = assignments.stream()
                .filter(assignment -> assignment.coversSessionAt(session.startsAt())).toList();
        return !doing.isEmpty() && doing.stream().allMatch(assignment -> assignment.workFor(session.id())
                .filter(work -> work.state() == SessionWork.State.APPROVED).isPresent());
    }

    private Stream<Assignment> accepted() {
        return assignments.stream().filter(assignment -> assignment.state() == AssignmentState.ACCEPTED);
    }

    private Assignment replace(Assignment next) {
        assignments.set(assignments.indexOf(assignment(next.id())), next);
        return next;
    }

    private void record(OrderEvent event, Step step, String by, Instant at, String detail) {
        pendingEvents.add(event);
        history.add(new HistoryEntry(at, by, step, detail));
    }

    /** Planned sessions that have not begun at {@code now}, earliest first. */
    public List<Session> sessionsAhead(Instant now) {
        return new ArrayList<>(sessions.stream().filter(session -> session.isAhead(now)).toList());
    }

    public Session session(SessionId sessionId) {
        return sessions.stream().filter(session -> session.id().equals(sessionId)).findFirst()
                .orElseThrow(() -> DomainProblem.notFound("session-not-found", "Order " + id + " has no session " + sessionId));
    }

    public Assignment assignment(AssignmentId assignmentId) {
        return assignments.stream().filter(assignment -> assignment.id().equals(assignmentId)).findFirst()
                .orElseThrow(() -> DomainProblem.notFound("assignment-not-found",
                        "Order " + id + " has no assignment " + assignmentId));
    }

    /** The planned sessions the expert is committed to in this order by a valid offer or an acceptance. */
    public List<ExpertCalendar.Booking> bookingsOf(String expertId, Instant now) {
        boolean committed = assignments.stream()
                .anyMatch(assignment -> assignment.expertId().equals(expertId) && assignment.holdsPlace(now));
        if (!committed || cancellation != null) {
            return List.of();
        }
        return sessions.stream().filter(Session::isPlanned)
                .map(session -> new ExpertCalendar.Booking(id, session.startsAt(), session.endsAt()))
                .toList();
    }

    /** Experts who have accepted and not withdrawn. */
    public List<Assignment> acceptedAssignments() {
        return accepted().toList();
    }

    public Instant lastChangedAt() {
        return history.get(history.size() - 1).at();
    }

    public OrderId id() {
        return id;
    }

    public OrderingUnit unit() {
        return unit;
    }

    public String county() {
        return unit.county();
    }

    public String orderedBy() {
        return orderedBy;
    }

    public Route route() {
        return route;
    }

    public OrderForm form() {
        return form;
    }

    public TaskType task() {
        return task;
    }

    public List<Session> sessions() {
        return List.copyOf(sessions);
    }

    public Instant startsAt() {
        return sessions.get(0).startsAt();
    }

    public List<Assignment> assignments() {
        return List.copyOf(assignments);
    }

    public List<String> candidates() {
        return List.copyOf(candidates);
    }

    public Optional<Cancellation> cancellation() {
        return Optional.ofNullable(cancellation);
    }

    public List<HistoryEntry> history() {
        return List.copyOf(history);
    }

    /** The stored version this order was read at; 0 for a new order. */
    public long version() {
        return version;
    }

    /** Events of the changes made since the order was placed or restored, oldest first. */
    public List<OrderEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
