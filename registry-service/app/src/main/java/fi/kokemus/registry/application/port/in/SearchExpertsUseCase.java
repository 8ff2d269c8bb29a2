package fi.kokemus.registry.application.port.in;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.registry.application.port.ResultPage;
import fi.kokemus.registry.domain.PublicProfile;

/** County staff list the active experts of their county, as public profiles. */
public interface SearchExpertsUseCase {

    ResultPage<PublicProfile> search(Actor actor, SearchExpertsQuery query);
}
