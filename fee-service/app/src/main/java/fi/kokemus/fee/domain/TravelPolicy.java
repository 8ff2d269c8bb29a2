package fi.kokemus.fee.domain;

/**
 * Reimburses one day's reported travel by the state travel rules: kilometres of own car (with the
 * passenger supplement), tickets and expenses against receipts, a domestic per diem when the
 * trip went over 15 km from home and lasted over 6 hours, and otherwise a meal allowance when the trip
 * kept the expert from eating at their usual place.
 */
public final class TravelPolicy {

    static final int PER_DIEM_MIN_KILOMETRES = 15;
    static final int PARTIAL_PER_DIEM_MIN_MINUTES = 6 * 60;
    static final int FULL_PER_DIEM_MIN_MINUTES = 10 * 60;

    private TravelPolicy() {
    }

    public static Reimbursements reimburse(TravelClaim travel, TravelRates rates, CountyFeeRules rules) {
        return kilometres(travel, rates, rules)
                .plus(Reimbursements.taxFree(rates.perPassengerKilometre()
                        .times(travel.ownCarKilometres()).times(travel.passengers())))
                .plus(Reimbursements.taxFree(Money.ofCents(travel.ticketsCents())))
                .plus(Reimbursements.taxFree(Money.ofCents(travel.expensesCents())))
                .plus(Reimbursements.taxFree(perDiemOrMealAllowance(travel, rates)));
    }

    /** The meal allowance only stands in for a per diem: never both for one trip. */
    private static Money perDiemOrMealAllowance(TravelClaim travel, TravelRates rates) {
        Money perDiem = perDiem(travel, rates);
        if (perDiem.isPositive() || !travel.usualMealPlaceUnavailable()) {
            return perDiem;
        }
        return rates.mealAllowance();
    }

    /** What the county pays per km; above the year's tax-free maximum it is taxable. */
    private static Reimbursements kilometres(TravelClaim travel, TravelRates rates, CountyFeeRules rules) {
        Money ratePaid = rules.kilometreRatePaid() != null ? rules.kilometreRatePaid() : rates.perKilometre();
        return Reimbursements.of(ratePaid.times(travel.ownCarKilometres()),
                rates.perKilometre().times(travel.ownCarKilometres()));
    }

    /**
     * Over 10 h a full, over 6 h a partial per diem, both only beyond 15 km. Free meals halve them:
     * two halve a full per diem, one a partial one.
     */
    static Money perDiem(TravelClaim travel, TravelRates rates) {
        if (travel.farthestKilometres() <= PER_DIEM_MIN_KILOMETRES
                || travel.awayMinutes() <= PARTIAL_PER_DIEM_MIN_MINUTES) {
            return Money.ZERO;
        }
        if (travel.awayMinutes() > FULL_PER_DIEM_MIN_MINUTES) {
            return travel.freeMeals() >= 2 ? rates.fullPerDiem().half() : rates.fullPerDiem();
        }
        return travel.freeMeals() >= 1 ? rates.partialPerDiem().half() : rates.partialPerDiem();
    }
}
