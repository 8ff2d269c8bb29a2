package fi.kokemus.ordering.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One state change of an order.
 *
 * @param by     username of who made the change
 * @param detail what changed, e.g. the expert or the session concerned; may be empty
 */
public record HistoryEntry(Instant at, String by, Step step, String detail) {

    public enum Step {
        PLACED, CANDIDATES_PROPOSED, CANDIDATE_CHOSEN, EXPERT_OFFERED, OFFER_ACCEPTED, OFFER_DECLINED, CONFIRMED,
        SESSION_RESCHEDULED, ORDER_CANCELLED, ASSIGNMENT_CANCELLED, GROUP_ENDED_EARLY, WORK_REPORTED, WORK_RETURNED,
        WORK_APPROVED
    }

    public HistoryEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(step, "step");
        detail = detail == null ? "" : detail;
    }
}
