package fi.kokemus.registry.testing;

import fi.kokemus.registry.application.port.out.TaxonomyTerms;

class InMemoryTaxonomyTermsTest extends TaxonomyTermsContract {

    private final InMemoryTaxonomyTerms terms = new InMemoryTaxonomyTerms();

    @Override
    protected TaxonomyTerms terms() {
        return terms;
    }
}
