package fi.kokemus.ordering.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.util.Set;

/**
 * What each county lets its units do without the coordinator. Developer-customers are always
 * ordered directly; Itä-Uusimaa also lets its staff name any expert directly.
 */
public final class OrderingPolicy {

    private static final Set<String> STAFF_NAME_EXPERTS = Set.of(TaskCatalogue.ITA_UUSIMAA);

    private OrderingPolicy() {
    }

    public static boolean allowsDirect(String county, ExpertRole role) {
        return role == ExpertRole.DEVELOPER_CUSTOMER || STAFF_NAME_EXPERTS.contains(county);
    }

    static void requireDirectAllowed(String county, ExpertRole role) {
        if (!allowsDirect(county, role)) {
            throw DomainProblem.invalid("direct-order-not-allowed", county + " orders " + role
                    + " work through its coordinator; only developer-customers are named directly", "route");
        }
    }
}
