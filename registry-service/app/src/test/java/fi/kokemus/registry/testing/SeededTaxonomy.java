package fi.kokemus.registry.testing;

import fi.kokemus.registry.adapter.out.seed.TaxonomySeedFile;
import fi.kokemus.registry.application.service.ProfileCheck;
import fi.kokemus.registry.application.service.TaxonomyCheck;
import fi.kokemus.registry.domain.reference.Municipalities;
import java.time.Clock;
import tools.jackson.databind.json.JsonMapper;

/** The service's own taxonomy seed and the municipalities, in memory, as the profile check sees them. */
public final class SeededTaxonomy {

    private SeededTaxonomy() {
    }

    public static ProfileCheck profileCheck() {
        var terms = new InMemoryTaxonomyTerms();
        new TaxonomySeedFile(JsonMapper.builder().build()).terms().forEach(terms::save);
        return new ProfileCheck(new TaxonomyCheck(terms, Clock.systemUTC()), Municipalities.finland());
    }
}
