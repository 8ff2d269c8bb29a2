package fi.kokemus.ordering.contract;

import java.util.List;

/**
 * The expert's travel for one session, as reported.
 *
 * @param ownCarKilometres   kilometres driven with the expert's own car (0 if none)
 * @param route              the route driven, e.g. "Kokkola – Kannus – Kokkola"
 * @param passengers         other people carried in the car
 * @param ticketsCents       public transport tickets, against receipts
 * @param awayMinutes        time away from home or the usual place of work, for per diems
 * @param farthestKilometres the farthest point of the trip from home, for per diems
 * @param freeMeals          meals provided free during the trip (reduce a per diem)
 * @param expenses           other expenses against receipts
 * @param usualMealPlaceUnavailable the trip kept the expert from eating at their usual place of eating
 *                           during the meal time (for a meal allowance, paid only when no per diem is);
 *                           a {@code Boolean} so that payloads written before it existed, which lack it,
 *                           still read (as false) under Jackson 3's failing on missing primitives
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
        Boolean usualMealPlaceUnavailable) {

    public Travel {
        usualMealPlaceUnavailable = Boolean.TRUE.equals(usualMealPlaceUnavailable);
    }

    /** Travel reported without the meal-place fact, as before it existed. */
    public Travel(int ownCarKilometres, String route, int passengers, long ticketsCents, int awayMinutes,
            int farthestKilometres, int freeMeals, List<Expense> expenses) {
        this(ownCarKilometres, route, passengers, ticketsCents, awayMinutes, farthestKilometres, freeMeals, expenses,
                false);
    }

    /** One expense against a receipt. */
    public record Expense(String description, long cents) {
    }
}
