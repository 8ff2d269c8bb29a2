package fi.kokemus.feedback.application.port.in.followup;

import fi.kokemus.feedback.domain.followup.FollowUpReport;
import fi.kokemus.platform.actor.Actor;

/** The follow-up report of a county: for that county's coordinators and for admins. */
public interface ViewFollowUpReportUseCase {

    FollowUpReport report(Actor actor, FollowUpQuery query);
}
