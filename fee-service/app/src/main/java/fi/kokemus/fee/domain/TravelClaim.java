package fi.kokemus.fee.domain;

import fi.kokemus.platform.problem.DomainProblem;

/**
 * The expert's reported travel for one session.
 *
 * @param farthestKilometres the farthest point of the trip from home, for per diems
 * @param awayMinutes        time away from home, for per diems
 * @param freeMeals          meals provided free during the trip
 * @param ticketsCents       tickets against receipts
 * @param expensesCents      other expenses against receipts
 * @param usualMealPlaceUnavailable the trip kept the expert from eating at their usual place of eating
 *                           during the meal time, for a meal allowance
 */
public record TravelClaim(int ownCarKilometres, int passengers, int awayMinutes, int farthestKilometres,
        int freeMeals, long ticketsCents, long expensesCents, boolean usualMealPlaceUnavailable) {

    public static final TravelClaim NONE = new TravelClaim(0, 0, 0, 0, 0, 0, 0);

    private static final int MINUTES_PER_DAY = 24 * 60;

    public TravelClaim {
        if (ownCarKilometres < 0 || passengers < 0 || awayMinutes < 0 || farthestKilometres < 0 || freeMeals < 0
                || ticketsCents < 0 || expensesCents < 0) {
            throw DomainProblem.invalid("invalid-travel", "Travel cannot have negative amounts", "travel");
        }
    }

    /** A trip during which the expert could eat at their usual place. */
    public TravelClaim(int ownCarKilometres, int passengers, int awayMinutes, int farthestKilometres, int freeMeals,
            long ticketsCents, long expensesCents) {
        this(ownCarKilometres, passengers, awayMinutes, farthestKilometres, freeMeals, ticketsCents, expensesCents,
                false);
    }

    /** Per diems of trips over a day follow rules (travel days, extra hours) this service leaves to a person. */
    public boolean spansMoreThanADay() {
        return awayMinutes > MINUTES_PER_DAY;
    }
}
