package fi.kokemus.registry.application.port.in;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.registry.domain.taxonomy.TaxonomyTerm;

/** Admins add a term, relabel it, retire it or bring it back. */
public interface MaintainTaxonomyTermUseCase {

    MaintainedTerm maintain(Actor actor, TaxonomyTerm term);
}
