package fi.kokemus.registry.domain;

import static fi.kokemus.platform.actor.Role.ADMIN;
import static fi.kokemus.platform.actor.Role.COORDINATOR;
import static fi.kokemus.platform.actor.Role.EXPERT;
import static fi.kokemus.platform.actor.Role.NGO_PARTNER;
import static fi.kokemus.platform.actor.Role.ORDERER;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.util.Optional;

/** Who may read and maintain which expert records. */
public final class ExpertAccess {

    /** Roles that can read some records at all; anyone else is refused before a record is looked up. */
    public static final Role[] READER_ROLES = {EXPERT, COORDINATOR, NGO_PARTNER, ORDERER};

    private ExpertAccess() {
    }

    /**
     * The expert reads their own record; coordinators of a county the expert is visible to and
     * the owning NGO read the full record; orderers of such a county read the public profile only.
     */
    public static ReadGrant readGrant(Actor actor, Expert expert) {
        if (actor.has(EXPERT) && Username.fromToken(actor.username()).filter(expert::isAccountOf).isPresent()) {
            return ReadGrant.ownRecord();
        }
        Optional<County> county = County.find(actor.county());
        if (actor.has(COORDINATOR) && county.filter(expert::visibleTo).isPresent()) {
            return ReadGrant.staff(COORDINATOR, ReadGrant.Visibility.FULL_RECORD);
        }
        if (actor.has(NGO_PARTNER) && expert.isMaintainedBy(actor.organisation())) {
            return ReadGrant.staff(NGO_PARTNER, ReadGrant.Visibility.FULL_RECORD);
        }
        if (actor.has(ORDERER) && county.filter(expert::visibleTo).isPresent()) {
            return ReadGrant.staff(ORDERER, ReadGrant.Visibility.PUBLIC_PROFILE);
        }
        throw DomainProblem.forbidden("record-not-visible", "You may not read this expert's record");
    }

    /** An NGO partner maintains only its own organisation's members; admins maintain all. */
    public static void requireMayMaintain(Actor actor, MemberReference member) {
        requireMayMaintain(actor, member.organisationId());
    }

    /** An NGO partner maintains only its own organisation's members; admins maintain all. */
    public static void requireMayMaintain(Actor actor, String organisationId) {
        actor.requireAny(NGO_PARTNER, ADMIN);
        if (!actor.has(ADMIN) && !organisationId.equals(actor.organisation())) {
            throw DomainProblem.forbidden("other-organisation",
                    "You may maintain only the members of your own organisation");
        }
    }

    /**
     * A coordinator records their own county's contract, with an expert visible to that county.
     */
    public static void requireMayRecordContract(Actor actor, Expert expert, County county) {
        actor.requireAny(COORDINATOR);
        if (County.find(actor.county()).filter(own -> own == county && expert.visibleTo(own)).isEmpty()) {
            throw DomainProblem.forbidden("other-county",
                    "You may record only your own county's contract with an expert visible to it");
        }
    }

    /**
     * The home county's coordinator keeps what goes with the expert wherever they work: the
     * confidentiality commitment, the mentor and, on the expert's word, their availability.
     */
    public static void requireHomeCoordinator(Actor actor, Expert expert) {
        actor.requireAny(COORDINATOR);
        if (County.find(actor.county()).filter(expert::livesIn).isEmpty()) {
            throw DomainProblem.forbidden("not-home-county",
                    "Only a coordinator of the expert's home county may do this");
        }
    }

    /**
     * Erasure on the person's request: an admin, the home county's coordinator or the owning NGO.
     *
     * @return the role the actor erases in, for the audit log
     */
    public static Role erasingRole(Actor actor, Expert expert) {
        if (actor.has(ADMIN)) {
            return ADMIN;
        }
        if (actor.has(COORDINATOR) && County.find(actor.county()).filter(expert::livesIn).isPresent()) {
            return COORDINATOR;
        }
        if (actor.has(NGO_PARTNER) && expert.isMaintainedBy(actor.organisation())) {
            return NGO_PARTNER;
        }
        throw DomainProblem.forbidden("may-not-erase",
                "Only an admin, the home county's coordinator or the owning organisation may erase this record");
    }

    /** The county whose active experts the actor may search: coordinators and orderers search their own. */
    public static County searchableCounty(Actor actor) {
        actor.requireAny(COORDINATOR, ORDERER);
        return County.find(actor.county()).orElseThrow(() -> DomainProblem.forbidden("county-required",
                "Searching the registry needs an account that works for a wellbeing services county"));
    }

    /** Diagnoses are sensitive: only coordinators search and count by them. */
    public static boolean maySearchByDiagnosis(Actor actor) {
        return actor.has(COORDINATOR);
    }

    public static void requireMaySearchByDiagnosis(Actor actor) {
        if (!maySearchByDiagnosis(actor)) {
            throw DomainProblem.forbidden("diagnosis-filter-not-allowed",
                    "Only coordinators may search experts by diagnosis");
        }
    }
}
