package fi.kokemus.registry.application.port.in;

import fi.kokemus.registry.domain.taxonomy.TaxonomyTerm;

/** What maintaining did, and the term as it now stands. */
public record MaintainedTerm(Outcome outcome, TaxonomyTerm term) {

    public enum Outcome { CREATED, UPDATED, UNCHANGED }
}
