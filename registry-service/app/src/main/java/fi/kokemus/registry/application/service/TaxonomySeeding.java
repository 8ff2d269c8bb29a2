package fi.kokemus.registry.application.service;

import fi.kokemus.registry.application.port.out.TaxonomyTerms;
import fi.kokemus.registry.domain.taxonomy.TaxonomyTerm;
import java.util.Collection;

/**
 * Adds the shipped starting taxonomy at startup. Only missing terms are added, so an admin's
 * relabelling or retirement survives every restart.
 */
public class TaxonomySeeding {

    private final TaxonomyTerms terms;
    private final TaxonomyCheck check;

    public TaxonomySeeding(TaxonomyTerms terms, TaxonomyCheck check) {
        this.terms = terms;
        this.check = check;
    }

    /** @return how many terms were added */
    public int addMissing(Collection<TaxonomyTerm> seed) {
        int added = 0;
        for (TaxonomyTerm term : seed) {
            if (terms.addIfMissing(term)) {
                check.forget(term.kind());
                added++;
            }
        }
        return added;
    }
}
