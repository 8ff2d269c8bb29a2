package fi.kokemus.fee.adapter.in.kafka;

import fi.kokemus.fee.application.port.in.ExpertOnOrder;
import fi.kokemus.fee.application.port.in.ExpertWithdrawalCommand;
import fi.kokemus.fee.application.port.in.GroupEndedEarlyCommand;
import fi.kokemus.fee.application.port.in.OrderCancellationCommand;
import fi.kokemus.fee.application.port.in.PlannedSession;
import fi.kokemus.fee.application.port.in.PriceApprovedWorkCommand;
import fi.kokemus.fee.domain.TravelClaim;
import fi.kokemus.ordering.contract.AssignmentCancelled;
import fi.kokemus.ordering.contract.ExpertRef;
import fi.kokemus.ordering.contract.GroupEndedEarly;
import fi.kokemus.ordering.contract.OrderCancelled;
import fi.kokemus.ordering.contract.SessionTime;
import fi.kokemus.ordering.contract.Travel;
import fi.kokemus.ordering.contract.WorkApproved;
import java.util.List;

/** Ordering's event payloads as the commands of fee-service's use cases. */
final class OrderingCommands {

    private OrderingCommands() {
    }

    static PriceApprovedWorkCommand of(WorkApproved work) {
        return new PriceApprovedWorkCommand(work.orderId(), work.assignmentId(), work.sessionId(), work.expertId(),
                work.expertUsername(), work.county(), work.unitId(), work.costCentre(), work.role(), work.taskType(),
                work.startsAt(), work.outcome(), work.occasions(), work.minutesWorked(), work.feeWaived(),
                work.reducedFeeCents(), travel(work.travel()));
    }

    static OrderCancellationCommand of(OrderCancelled cancelled) {
        return new OrderCancellationCommand(cancelled.orderId(), cancelled.county(), cancelled.unitId(),
                cancelled.costCentre(), cancelled.role(), cancelled.taskType(), cancelled.cancelledAt(),
                sessions(cancelled.sessions()), experts(cancelled.experts()));
    }

    static ExpertWithdrawalCommand of(AssignmentCancelled cancelled) {
        return new ExpertWithdrawalCommand(cancelled.orderId(), cancelled.county(), cancelled.unitId(),
                new ExpertOnOrder(cancelled.assignmentId(), cancelled.expertId(), cancelled.expertUsername()),
                cancelled.cause(), sessions(cancelled.sessions()));
    }

    static GroupEndedEarlyCommand of(GroupEndedEarly ended) {
        return new GroupEndedEarlyCommand(ended.orderId(), ended.county(), ended.unitId(),
                sessions(ended.sessions()), experts(ended.experts()));
    }

    private static TravelClaim travel(Travel travel) {
        if (travel == null) {
            return TravelClaim.NONE;
        }
        long expenses = travel.expenses() == null ? 0
                : travel.expenses().stream().mapToLong(Travel.Expense::cents).sum();
        return new TravelClaim(travel.ownCarKilometres(), travel.passengers(), travel.awayMinutes(),
                travel.farthestKilometres(), travel.freeMeals(), travel.ticketsCents(), expenses,
                travel.usualMealPlaceUnavailable());
    }

    private static List<PlannedSession> sessions(List<SessionTime> sessions) {
        return sessions == null ? List.of() : sessions.stream()
                .map(session -> new PlannedSession(session.sessionId(), session.startsAt(), session.durationMinutes()))
                .toList();
    }

    private static List<ExpertOnOrder> experts(List<ExpertRef> experts) {
        return experts == null ? List.of() : experts.stream()
                .map(expert -> new ExpertOnOrder(expert.assignmentId(), expert.expertId(), expert.expertUsername()))
                .toList();
    }
}
