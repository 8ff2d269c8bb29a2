package fi.kokemus.registry.testing;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.util.Set;

/** The demo accounts as the core sees them. */
public final class Actors {

    public static final String SOITE = "keski-pohjanmaa";
    public static final String ITU = "ita-uusimaa";
    public static final String NGO_KESKI = "ngo-keski";
    public static final String NGO_ITA = "ngo-ita";

    private Actors() {
    }

    public static Actor ngoKeski() {
        return of("ngo-sync-keski", Role.NGO_PARTNER, SOITE, NGO_KESKI);
    }

    public static Actor ngoIta() {
        return of("ngo.itu", Role.NGO_PARTNER, ITU, NGO_ITA);
    }

    public static Actor coordinatorSoite() {
        return of("coordinator.soite", Role.COORDINATOR, SOITE, "soite-coordination");
    }

    public static Actor coordinatorItu() {
        return of("coordinator.itu", Role.COORDINATOR, ITU, "itu-coordination");
    }

    public static Actor ordererSoite() {
        return of("orderer.soite", Role.ORDERER, SOITE, "soite-mental-health-unit");
    }

    public static Actor ordererItu() {
        return of("orderer.itu", Role.ORDERER, ITU, "itu-social-work-unit");
    }

    public static Actor financeSoite() {
        return of("finance.soite", Role.FINANCE, SOITE, null);
    }

    public static Actor admin() {
        return of("admin", Role.ADMIN, null, null);
    }

    public static Actor expert(String username) {
        return of(username, Role.EXPERT, SOITE, NGO_KESKI);
    }

    public static Actor of(String username, Role role, String county, String organisation) {
        return new Actor("sub-" + username, username, Set.of(role), county, organisation);
    }
}
