package fi.kokemus.registry.testing;

import fi.kokemus.registry.domain.taxonomy.Labels;
import fi.kokemus.registry.domain.taxonomy.TaxonomyKind;
import fi.kokemus.registry.domain.taxonomy.TaxonomyTerm;

/** Taxonomy terms for tests, labelled after their code. */
public final class Terms {

    private Terms() {
    }

    public static TaxonomyTerm term(TaxonomyKind kind, String code) {
        return TaxonomyTerm.active(kind, code, labelsOf(code));
    }

    public static TaxonomyTerm retired(TaxonomyKind kind, String code) {
        return new TaxonomyTerm(kind, code, labelsOf(code), true);
    }

    public static Labels labelsOf(String code) {
        return new Labels(code + " fi", code + " sv", code + " en");
    }
}
