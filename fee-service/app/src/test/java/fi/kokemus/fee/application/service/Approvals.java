package fi.kokemus.fee.application.service;

import fi.kokemus.fee.application.port.in.PriceApprovedWorkCommand;
import fi.kokemus.fee.domain.TravelClaim;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Approvals of Aino Testinen's Soite lectures (Monday 16 June 2025 at noon), changed one fact at a time. */
final class Approvals {

    static final Instant MONDAY_NOON = Instant.parse("2025-06-16T09:00:00Z");
    /** Recorded before June's cut-off, so paid and taxed in 2025. */
    static final Clock RECORDED_IN_JUNE_2025 = Clock.fixed(Instant.parse("2025-06-20T08:00:00Z"), ZoneOffset.UTC);
    static final String EXPERT = "expert-aino-testinen";

    private final String assignmentId;
    private final String sessionId;
    private Instant startsAt = MONDAY_NOON;
    private String role = "EXPERT_BY_EXPERIENCE";
    private String taskType = "LECTURE_REGIONAL";
    private String outcome = "HELD";
    private boolean feeWaived;
    private TravelClaim travel = TravelClaim.NONE;

    private Approvals(String assignmentId, String sessionId) {
        this.assignmentId = assignmentId;
        this.sessionId = sessionId;
    }

    static Approvals lecture(String assignmentId, String sessionId) {
        return new Approvals(assignmentId, sessionId);
    }

    Approvals at(Instant startsAt) {
        this.startsAt = startsAt;
        return this;
    }

    Approvals role(String role) {
        this.role = role;
        return this;
    }

    Approvals taskType(String taskType) {
        this.taskType = taskType;
        return this;
    }

    Approvals outcome(String outcome) {
        this.outcome = outcome;
        return this;
    }

    Approvals feeWaived() {
        this.feeWaived = true;
        return this;
    }

    Approvals travel(TravelClaim travel) {
        this.travel = travel;
        return this;
    }

    PriceApprovedWorkCommand command() {
        return new PriceApprovedWorkCommand("order-1", assignmentId, sessionId, EXPERT, "aino.testinen",
                "keski-pohjanmaa", "soite-mental-health-unit", "KP-4100", role, taskType, startsAt, outcome, 1, 90,
                feeWaived, null, travel);
    }
}
