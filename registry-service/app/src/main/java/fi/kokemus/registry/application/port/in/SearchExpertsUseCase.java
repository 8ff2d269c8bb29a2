package fi.kokemus.registry.application.port.in;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.registry.application.port.SearchResult;
import fi.kokemus.registry.domain.PublicProfile;

/**
 * Coordinators and orderers find bookable experts visible to their county, as public profiles.
 * A search is not a read of anyone's record, so it is not audited.
 */
public interface SearchExpertsUseCase {

    SearchResult<PublicProfile> search(Actor actor, SearchExpertsQuery query);
}
