package fi.kokemus.registry.application.port.in;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.registry.domain.taxonomy.TaxonomyKind;
import fi.kokemus.registry.domain.taxonomy.TaxonomyTerm;
import java.util.List;

/** The terms of one kind in code order; retired ones only for admins who ask for them. */
public interface ListTaxonomyTermsUseCase {

    List<TaxonomyTerm> list(Actor actor, TaxonomyKind kind, boolean includeRetired);
}
