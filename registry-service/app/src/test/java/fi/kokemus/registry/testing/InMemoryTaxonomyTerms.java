package fi.kokemus.registry.testing;

import fi.kokemus.registry.application.port.out.TaxonomyTerms;
import fi.kokemus.registry.domain.taxonomy.TaxonomyKind;
import fi.kokemus.registry.domain.taxonomy.TaxonomyTerm;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

public class InMemoryTaxonomyTerms implements TaxonomyTerms {

    private final Map<String, TaxonomyTerm> terms = new TreeMap<>();
    private int reads;

    @Override
    public synchronized List<TaxonomyTerm> findAll(TaxonomyKind kind) {
        reads++;
        return terms.values().stream().filter(term -> term.kind() == kind).toList();
    }

    @Override
    public synchronized Optional<TaxonomyTerm> find(TaxonomyKind kind, String code) {
        return Optional.ofNullable(terms.get(keyOf(kind, code)));
    }

    @Override
    public synchronized void save(TaxonomyTerm term) {
        terms.put(keyOf(term.kind(), term.code()), term);
    }

    @Override
    public synchronized boolean addIfMissing(TaxonomyTerm term) {
        return terms.putIfAbsent(keyOf(term.kind(), term.code()), term) == null;
    }

    /** How often a kind's list was read, to see what a cache in front of it saves. */
    public synchronized int listReads() {
        return reads;
    }

    public synchronized void clear() {
        terms.clear();
        reads = 0;
    }

    // Kind first, then code, so iteration order is code order within a kind.
    private static String keyOf(TaxonomyKind kind, String code) {
        return kind.name() + ":" + code;
    }
}
