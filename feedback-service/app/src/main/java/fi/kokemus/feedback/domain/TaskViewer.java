package fi.kokemus.feedback.domain;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * In which capacity a caller looks at a feedback task, and so whose links they may see. Links are
 * secrets that let their holder answer, so each party sees only the links it hands out or uses.
 */
public enum TaskViewer {
    /** The ordering unit's staff: answers the orderer form, shows the audience link, passes the client link on. */
    UNIT_ORDERER(EnumSet.of(Respondent.ORDERER, Respondent.LISTENER, Respondent.CLIENT)),
    /** The expert who did the work: self-assessment, and the audience link to show on a slide. */
    EXPERT(EnumSet.of(Respondent.SELF_ASSESSMENT, Respondent.LISTENER)),
    /** The county's coordinators (and admins): which requests exist and how many answers came, no links. */
    OVERSEER(EnumSet.noneOf(Respondent.class));

    private final Set<Respondent> visibleLinks;

    TaskViewer(Set<Respondent> visibleLinks) {
        this.visibleLinks = visibleLinks;
    }

    public static Optional<TaskViewer> of(Actor actor, SessionWork work) {
        if (actor.has(Role.ORDERER) && work.county().equals(actor.county()) && work.unitId().equals(actor.organisation())) {
            return Optional.of(UNIT_ORDERER);
        }
        if (actor.has(Role.EXPERT) && Objects.equals(actor.username(), work.expertUsername())) {
            return Optional.of(EXPERT);
        }
        if (actor.has(Role.ADMIN) || actor.has(Role.COORDINATOR) && work.county().equals(actor.county())) {
            return Optional.of(OVERSEER);
        }
        return Optional.empty();
    }

    public boolean seesLinkOf(Respondent respondent) {
        return visibleLinks.contains(respondent);
    }
}
