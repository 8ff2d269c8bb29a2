package fi.kokemus.ordering.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One expert's part in an order: the offer, the answer and the work reported per session.
 *
 * @param expiresAt     the offer cannot be accepted from this instant on
 * @param declineReason the expert's optional reason for declining, or {@code null}
 * @param cancelCause   why the expert withdrew, once {@link AssignmentState#CANCELLED}
 * @param cancelledAt   when the expert withdrew, once {@link AssignmentState#CANCELLED}
 * @param work          the work reported, one entry per session
 */
public record Assignment(
        AssignmentId id,
        String expertId,
        String expertUsername,
        AssignmentState state,
        Instant offeredAt,
        Instant expiresAt,
        String declineReason,
        CancelCause cancelCause,
        Instant cancelledAt,
        List<SessionWork> work) {

    public static final int MAX_REASON_LENGTH = 500;

    public Assignment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expertId, "expertId");
        Objects.requireNonNull(expertUsername, "expertUsername");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(offeredAt, "offeredAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (state == AssignmentState.CANCELLED && (cancelCause == null || cancelledAt == null)) {
            throw new IllegalArgumentException("A cancelled assignment says why and when");
        }
        work = List.copyOf(work);
    }

    static Assignment offered(Expert expert, Instant now, Instant expiresAt) {
        return new Assignment(AssignmentId.newId(), expert.expertId(), expert.username(), AssignmentState.OFFERED,
                now, expiresAt, null, null, null, List.of());
    }

    public boolean isFor(String username) {
        return expertUsername.equals(username);
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** An offer still waiting for an answer, or an accepted assignment: it holds one of the places. */
    public boolean holdsPlace(Instant now) {
        return state == AssignmentState.ACCEPTED || (state == AssignmentState.OFFERED && !isExpired(now));
    }

    /** Whether the expert may report a session starting at {@code sessionStart}: accepted, or it began before they withdrew. */
    boolean coversSessionAt(Instant sessionStart) {
        return state == AssignmentState.ACCEPTED
                || (state == AssignmentState.CANCELLED && sessionStart.isBefore(cancelledAt));
    }

    public Optional<SessionWork> workFor(SessionId sessionId) {
        return work.stream().filter(entry -> entry.sessionId().equals(sessionId)).findFirst();
    }

    Assignment accepted() {
        return withState(AssignmentState.ACCEPTED, declineReason);
    }

    Assignment declined(String reason) {
        return withState(AssignmentState.DECLINED, Checks.optionalText(reason, "reason", MAX_REASON_LENGTH));
    }

    Assignment cancelled(CancelCause cause, Instant at) {
        return new Assignment(id, expertId, expertUsername, AssignmentState.CANCELLED, offeredAt, expiresAt,
                declineReason, Checks.required(cause, "cause"), at, work);
    }

    Assignment withWork(SessionWork entry) {
        List<SessionWork> next = new ArrayList<>(work.stream()
                .filter(existing -> !existing.sessionId().equals(entry.sessionId())).toList());
        next.add(entry);
        return new Assignment(id, expertId, expertUsername, state, offeredAt, expiresAt, declineReason, cancelCause,
                cancelledAt, next);
    }

    private Assignment withState(AssignmentState next, String reason) {
        return new Assignment(id, expertId, expertUsername, next, offeredAt, expiresAt, reason, cancelCause,
                cancelledAt, work);
    }
}
