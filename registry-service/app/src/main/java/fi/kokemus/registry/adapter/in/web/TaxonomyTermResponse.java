package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.registry.domain.taxonomy.TaxonomyTerm;

/** @param kind the kind as written in URLs, e.g. {@code life-situation} */
record TaxonomyTermResponse(String kind, String code, LabelsBody labels, boolean retired) {

    static TaxonomyTermResponse of(TaxonomyTerm term) {
        return new TaxonomyTermResponse(term.kind().slug(), term.code(), LabelsBody.of(term.labels()), term.retired());
    }
}
