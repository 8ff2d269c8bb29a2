package fi.kokemus.registry.application.service;

import static fi.kokemus.registry.testing.Terms.retired;
import static fi.kokemus.registry.testing.Terms.term;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.domain.taxonomy.TaxonomyKind;
import fi.kokemus.registry.domain.taxonomy.TaxonomyTerm;
import fi.kokemus.registry.testing.InMemoryTaxonomyTerms;
import fi.kokemus.platform.test.MutableClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomySeedingTest {

    private final InMemoryTaxonomyTerms terms = new InMemoryTaxonomyTerms();
    private final TaxonomyCheck check = new TaxonomyCheck(terms, new MutableClock(Instant.parse("2026-11-20T08:00:00Z")));
    private final TaxonomySeeding seeding = new TaxonomySeeding(terms, check);

    private final List<TaxonomyTerm> seed = List.of(term(TaxonomyKind.TOPIC, "GAMBLING"),
            term(TaxonomyKind.TOPIC, "VIOLENCE"), term(TaxonomyKind.TASK_TYPE, "PAIR_WORK"));

    @Test
    void addsTheWholeSeedToAnEmptyStoreAndNothingTheSecondTime() {
        assertThat(seeding.addMissing(seed)).isEqualTo(3);
        assertThat(seeding.addMissing(seed)).isZero();

        assertThat(terms.findAll(TaxonomyKind.TOPIC)).containsExactly(seed.get(0), seed.get(1));
        assertThat(terms.findAll(TaxonomyKind.TASK_TYPE)).containsExactly(seed.get(2));
    }

    @Test
    void neverUndoesAnAdminsRetirement() {
        TaxonomyTerm retiredByAdmin = retired(TaxonomyKind.TOPIC, "GAMBLING");
        terms.save(retiredByAdmin);

        assertThat(seeding.addMissing(seed)).isEqualTo(2);

        assertThat(terms.find(TaxonomyKind.TOPIC, "GAMBLING")).contains(retiredByAdmin);
    }

    @Test
    void whatItAddsCountsForTheCheckAtOnce() {
        assertThatThrownBy(() -> check.requireKnown(TaxonomyKind.TOPIC, List.of("GAMBLING"), "topics"))
                .isInstanceOf(DomainProblem.class);

        seeding.addMissing(seed);

        assertThatCode(() -> check.requireKnown(TaxonomyKind.TOPIC, List.of("GAMBLING"), "topics"))
                .doesNotThrowAnyException();
    }
}
