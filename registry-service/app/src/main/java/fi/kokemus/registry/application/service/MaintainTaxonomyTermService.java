package fi.kokemus.registry.application.service;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.registry.application.port.in.MaintainTaxonomyTermUseCase;
import fi.kokemus.registry.application.port.in.MaintainedTerm;
import fi.kokemus.registry.application.port.in.MaintainedTerm.Outcome;
import fi.kokemus.registry.application.port.out.TaxonomyTerms;
import fi.kokemus.registry.domain.taxonomy.TaxonomyTerm;
import java.util.Optional;

public class MaintainTaxonomyTermService implements MaintainTaxonomyTermUseCase {

    private final TaxonomyTerms terms;
    private final TaxonomyCheck check;

    public MaintainTaxonomyTermService(TaxonomyTerms terms, TaxonomyCheck check) {
        this.terms = terms;
        this.check = check;
    }

    @Override
    public MaintainedTerm maintain(Actor actor, TaxonomyTerm term) {
        actor.requireAny(Role.ADMIN);
        Optional<TaxonomyTerm> current = terms.find(term.kind(), term.code());
        if (current.filter(term::equals).isPresent()) {
            return new MaintainedTerm(Outcome.UNCHANGED, term);
        }
        terms.save(term);
        // The admin's next sync on this instance must already see the change, not in 30 seconds.
        check.forget(term.kind());
        return new MaintainedTerm(current.isPresent() ? Outcome.UPDATED : Outcome.CREATED, term);
    }
}
