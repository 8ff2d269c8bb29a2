package fi.kokemus.registry.application.service;

import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.out.TaxonomyTerms;
import fi.kokemus.registry.domain.taxonomy.TaxonomyKind;
import fi.kokemus.registry.domain.taxonomy.TaxonomyTerm;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Tells whether codes on incoming data are in use in the taxonomy. Bulk syncs ask once per
 * record, so each kind's codes are kept for {@link #FRESH_FOR}; changes made through this instance
 * are seen at once ({@link #forget}), changes made through another instance within that time.
 */
public class TaxonomyCheck {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private final TaxonomyTerms terms;
    private final Clock clock;
    private final Map<TaxonomyKind, ActiveCodes> cache = new EnumMap<>(TaxonomyKind.class);

    public TaxonomyCheck(TaxonomyTerms terms, Clock clock) {
        this.terms = terms;
        this.clock = clock;
    }

    /** Refuses codes that are not terms of the kind, or retired ones, naming all of them at once. */
    public void requireKnown(TaxonomyKind kind, Collection<String> codes, String field) {
        Objects.requireNonNull(codes, "codes");
        if (codes.isEmpty()) {
            return;
        }
        Set<String> active = activeCodes(kind);
        Set<String> unknown = codes.stream()
                .map(String::valueOf)
                .filter(code -> !active.contains(code))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!unknown.isEmpty()) {
            throw DomainProblem.invalid("unknown-taxonomy-code",
                    field + " has unknown or retired codes: " + String.join(", ", unknown), field);
        }
    }

    /** Drops what is kept of the kind so the next check reads the terms again. */
    public synchronized void forget(TaxonomyKind kind) {
        cache.remove(kind);
    }

    // Synchronised with forget: a reload that raced a change cannot put back what was forgotten.
    private synchronized Set<String> activeCodes(TaxonomyKind kind) {
        Instant now = clock.instant();
        ActiveCodes kept = cache.get(kind);
        if (kept == null || !now.isBefore(kept.readAt().plus(FRESH_FOR))) {
            kept = new ActiveCodes(terms.findAll(kind).stream()
                    .filter(term -> !term.retired())
                    .map(TaxonomyTerm::code)
                    .collect(Collectors.toUnmodifiableSet()), now);
            cache.put(kind, kept);
        }
        return kept.codes();
    }

    private record ActiveCodes(Set<String> codes, Instant readAt) {
    }
}
