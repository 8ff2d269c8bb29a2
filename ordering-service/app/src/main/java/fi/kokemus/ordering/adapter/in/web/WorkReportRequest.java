package fi.kokemus.ordering.adapter.in.web;

import fi.kokemus.ordering.domain.Outcome;
import fi.kokemus.ordering.domain.Travel;
import fi.kokemus.ordering.domain.WorkReport;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/** One session's work; {@code travel} may be left out when there was none. */
public record WorkReportRequest(
        @NotNull Outcome outcome,
        @NotNull @Min(0) @Max(WorkReport.MAX_PARTICIPANTS) Integer participants,
        @NotNull @Min(0) @Max(WorkReport.MAX_MINUTES_WORKED) Integer minutesWorked,
        @Valid TravelRequest travel,
        Boolean feeWaived,
        @Min(0) Long reducedFeeCents) {

    /** The contract's travel fields (see {@link Travel}); a number left out is 0, a fact left out false. */
    public record TravelRequest(
            @Min(0) Integer ownCarKilometres,
            @Size(max = Travel.MAX_ROUTE_LENGTH) String route,
            @Min(0) Integer passengers,
            @Min(0) Long ticketsCents,
            @Min(0) Integer awayMinutes,
            @Min(0) Integer farthestKilometres,
            @Min(0) Integer freeMeals,
            @Size(max = 20) List<@Valid ExpenseRequest> expenses,
            Boolean usualMealPlaceUnavailable) {

        Travel toTravel() {
            return new Travel(orZero(ownCarKilometres), route, orZero(passengers), ticketsCents == null ? 0 : ticketsCents,
                    orZero(awayMinutes), orZero(farthestKilometres), orZero(freeMeals), expenses == null ? List.of()
                            : expenses.stream().map(expense -> new Travel.Expense(expense.description(), expense.cents()))
                                    .toList(), Boolean.TRUE.equals(usualMealPlaceUnavailable));
        }

        static TravelRequest of(Travel travel) {
            return new TravelRequest(travel.ownCarKilometres(), travel.route(), travel.passengers(),
                    travel.ticketsCents(), travel.awayMinutes(), travel.farthestKilometres(), travel.freeMeals(),
                    travel.expenses().stream().map(expense -> new ExpenseRequest(expense.description(), expense.cents()))
                            .toList(), travel.usualMealPlaceUnavailable());
        }

        private static int orZero(Integer value) {
            return value == null ? 0 : value;
        }
    }

    public record ExpenseRequest(@NotBlank @Size(max = 200) String description, @NotNull @Min(1) Long cents) {
    }

    WorkReport toReport() {
        return new WorkReport(outcome, participants, minutesWorked, travel == null ? Travel.NONE : travel.toTravel(),
                Objects.requireNonNullElse(feeWaived, false), reducedFeeCents);
    }
}
