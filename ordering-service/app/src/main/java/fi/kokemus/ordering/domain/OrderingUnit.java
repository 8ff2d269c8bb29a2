package fi.kokemus.ordering.domain;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.problem.DomainProblem;
import java.util.Objects;

/** The county unit that orders and pays: its county and its unit id (the orderer's {@code organisation}). */
public record OrderingUnit(String county, String unitId) {

    public OrderingUnit {
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(unitId, "unitId");
    }

    /** The unit the actor works for; an account without county or unit cannot order. */
    public static OrderingUnit of(Actor actor) {
        if (actor.county() == null || actor.organisation() == null) {
            throw DomainProblem.forbidden("unit-unknown", "Your account is not linked to a county unit");
        }
        return new OrderingUnit(actor.county(), actor.organisation());
    }

    public boolean includes(Actor actor) {
        return county.equals(actor.county()) && unitId.equals(actor.organisation());
    }
}
