package fi.kokemus.platform.actor;

import fi.kokemus.platform.problem.DomainProblem;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling, as the core sees it: taken from the verified token by the web adapter so that
 * no use case ever touches a security framework.
 *
 * @param subject      stable account id (token {@code sub})
 * @param username     login name (token {@code preferred_username}); links an expert's account
 *                     to their registry record
 * @param roles        realm roles
 * @param county       wellbeing services county the account works for, or {@code null}
 * @param organisation organisation (NGO or county unit) the account belongs to, or {@code null}
 */
public record Actor(String subject, String username, Set<Role> roles, String county, String organisation) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        return Arrays.stream(candidates).anyMatch(this::has);
    }

    /** Refuses the call unless the actor holds one of the given roles. */
    public void requireAny(Role... candidates) {
        if (!hasAny(candidates)) {
            throw DomainProblem.forbidden("role-required",
                    "This action needs one of the roles " + Arrays.toString(candidates));
        }
    }

    /** Refuses the call unless the actor works for the given county (admins work for all). */
    public void requireCounty(String expectedCounty) {
        if (!has(Role.ADMIN) && !Objects.equals(county, expectedCounty)) {
            throw DomainProblem.forbidden("other-county", "The record belongs to another county");
        }
    }
}
