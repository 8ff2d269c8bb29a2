package fi.kokemus.registry.application.service;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.registry.application.port.in.ListTaxonomyTermsUseCase;
import fi.kokemus.registry.application.port.out.TaxonomyTerms;
import fi.kokemus.registry.domain.taxonomy.TaxonomyKind;
import fi.kokemus.registry.domain.taxonomy.TaxonomyTerm;
import java.util.List;

public class ListTaxonomyTermsService implements ListTaxonomyTermsUseCase {

    private final TaxonomyTerms terms;

    public ListTaxonomyTermsService(TaxonomyTerms terms) {
        this.terms = terms;
    }

    @Override
    public List<TaxonomyTerm> list(Actor actor, TaxonomyKind kind, boolean includeRetired) {
        kind.requireReadableBy(actor);
        if (includeRetired) {
            actor.requireAny(Role.ADMIN);
            return terms.findAll(kind);
        }
        return terms.findAll(kind).stream().filter(term -> !term.retired()).toList();
    }
}
