package fi.kokemus.registry.application.port.out;

import fi.kokemus.registry.domain.taxonomy.TaxonomyKind;
import fi.kokemus.registry.domain.taxonomy.TaxonomyTerm;
import java.util.List;
import java.util.Optional;

/** The maintained taxonomy, one entry per kind and code. */
public interface TaxonomyTerms {

    /** Every term of the kind, retired ones included, in code order. */
    List<TaxonomyTerm> findAll(TaxonomyKind kind);

    Optional<TaxonomyTerm> find(TaxonomyKind kind, String code);

    /** Stores the term, replacing the one with the same kind and code. */
    void save(TaxonomyTerm term);

    /** Stores the term only if none with its kind and code exists; true if it was stored. */
    boolean addIfMissing(TaxonomyTerm term);
}
