package fi.kokemus.ordering.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.util.List;

/**
 * The expert's travel for one session, reimbursed per the state travel rules.
 *
 * @param ownCarKilometres   kilometres driven with the expert's own car
 * @param route              the route driven; required when kilometres are claimed
 * @param passengers         other people carried in the car
 * @param ticketsCents       public transport tickets, against receipts
 * @param awayMinutes        time away from home or the usual place of work (per diems)
 * @param farthestKilometres the farthest point of the trip from home (per diems)
 * @param freeMeals          meals provided free during the trip
 * @param expenses           other expenses against receipts
 * @param usualMealPlaceUnavailable the trip kept the expert from eating at their usual place of eating
 *                           during the meal time (a meal allowance, when no per diem is paid)
 */
public record Travel(
        int ownCarKilometres,
        String route,
        int passengers,
        long ticketsCents,
        int awayMinutes,
        int farthestKilometres,
        int freeMeals,
        List<Expense> expenses,
        boolean usualMealPlaceUnavailable) {

    public static final Travel NONE = new Travel(0, null, 0, 0, 0, 0, 0, List.of(), false);
    public static final int MAX_KILOMETRES = 5000;
    public static final int MAX_ROUTE_LENGTH = 300;
    public static final long MAX_CENTS = 1_000_000;

    public record Expense(String description, long cents) {
        public Expense {
            description = Checks.text(description, "travel.expenses.description", 200);
            Checks.between(cents, 1, MAX_CENTS, "travel.expenses.cents");
        }
    }

    public Travel {
        Checks.between(ownCarKilometres, 0, MAX_KILOMETRES, "travel.ownCarKilometres");
        route = Checks.optionalText(route, "travel.route", MAX_ROUTE_LENGTH);
        if (ownCarKilometres > 0 && (route == null || route.isBlank())) {
            throw DomainProblem.invalid("invalid-input",
                    "travel.route is required when own-car kilometres are claimed", "travel.route");
        }
        Checks.between(passengers, 0, 8, "travel.passengers");
        Checks.between(ticketsCents, 0, MAX_CENTS, "travel.ticketsCents");
        Checks.between(awayMinutes, 0, 7 * 1440, "travel.awayMinutes");
        Checks.between(farthestKilometres, 0, MAX_KILOMETRES, "travel.farthestKilometres");
        Checks.between(freeMeals, 0, 10, "travel.freeMeals");
        expenses = expenses == null ? List.of() : List.copyOf(expenses);
    }
}
