package fi.kokemus.ordering.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.util.Objects;

/**
 * What the expert reports for one session.
 *
 * @param participants    how many took part; 0 unless {@link Outcome#HELD}
 * @param minutesWorked   time actually worked (hourly tariffs pay by it)
 * @param feeWaived       the expert wants no fee for this session (reimbursements only)
 * @param reducedFeeCents a lower fee the expert asks for, or {@code null} for the agreed fee
 */
public record WorkReport(Outcome outcome, int participants, int minutesWorked, Travel travel, boolean feeWaived,
        Long reducedFeeCents) {

    public static final int MAX_PARTICIPANTS = 10_000;
    public static final int MAX_MINUTES_WORKED = 1440;

    public WorkReport {
        Checks.required(outcome, "outcome");
        Checks.between(participants, 0, MAX_PARTICIPANTS, "participants");
        Checks.between(minutesWorked, 0, MAX_MINUTES_WORKED, "minutesWorked");
        travel = Objects.requireNonNullElse(travel, Travel.NONE);
        if (reducedFeeCents != null) {
            Checks.between(reducedFeeCents, 0, Travel.MAX_CENTS, "reducedFeeCents");
        }
        if (feeWaived && reducedFeeCents != null) {
            throw DomainProblem.invalid("invalid-input", "A waived fee cannot also be reduced", "reducedFeeCents");
        }
    }

    /**
     * The report as it stands for this task type: a held group session with nobody there is
     * {@link Outcome#NO_PARTICIPANTS}; outcomes that do not fit the task are refused.
     */
    WorkReport checkedFor(TaskType task) {
        if (outcome == Outcome.HELD && participants == 0 && task.groupWork()) {
            return new WorkReport(Outcome.NO_PARTICIPANTS, 0, minutesWorked, travel, feeWaived, reducedFeeCents);
        }
        if (outcome == Outcome.HELD && participants == 0) {
            throw invalid("A held session had at least one participant; only a group may have none");
        }
        if (outcome == Outcome.NO_PARTICIPANTS && (!task.groupWork() || participants != 0)) {
            throw invalid("NO_PARTICIPANTS is for a group session with 0 participants");
        }
        if (outcome == Outcome.CLIENT_NO_SHOW && (!task.clientWork() || participants != 0)) {
            throw invalid("CLIENT_NO_SHOW is for one-to-one client work with 0 participants");
        }
        return this;
    }

    private static DomainProblem invalid(String detail) {
        return DomainProblem.invalid("invalid-outcome", detail, "outcome");
    }
}
