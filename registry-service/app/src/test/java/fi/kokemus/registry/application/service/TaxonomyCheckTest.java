package fi.kokemus.registry.application.service;

import static fi.kokemus.registry.testing.Terms.retired;
import static fi.kokemus.registry.testing.Terms.term;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.domain.taxonomy.TaxonomyKind;
import fi.kokemus.registry.testing.InMemoryTaxonomyTerms;
import fi.kokemus.platform.test.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaxonomyCheckTest {

    private final InMemoryTaxonomyTerms terms = new InMemoryTaxonomyTerms();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T08:00:00Z"));
    private final TaxonomyCheck check = new TaxonomyCheck(terms, clock);

    @BeforeEach
    void storeTerms() {
        terms.save(term(TaxonomyKind.TOPIC, "MENTAL_HEALTH"));
        terms.save(term(TaxonomyKind.TOPIC, "VIOLENCE"));
        terms.save(retired(TaxonomyKind.TOPIC, "GAMBLING"));
        terms.save(term(TaxonomyKind.TASK_TYPE, "CLIENT_SUPPORT"));
    }

    @Test
    void acceptsCodesInUseAndNothingAtAll() {
        assertThatCode(() -> {
            check.requireKnown(TaxonomyKind.TOPIC, Set.of("MENTAL_HEALTH", "VIOLENCE"), "topics");
            check.requireKnown(TaxonomyKind.TASK_TYPE, List.of("CLIENT_SUPPORT"), "taskTypes");
            check.requireKnown(TaxonomyKind.DIAGNOSIS, List.of(), "diagnoses");
        }).doesNotThrowAnyException();
    }

    @Test
    void namesEveryUnknownOrRetiredCodeOnceInCodeOrder() {
        assertRefused(TaxonomyKind.TOPIC, List.of("VIOLENCE", "HOBBIES", "GAMBLING", "HOBBIES"), "topics",
                "topics has unknown or retired codes: GAMBLING, HOBBIES");
    }

    @Test
    void aCodeOfAnotherKindIsUnknown() {
        assertRefused(TaxonomyKind.TASK_TYPE, List.of("MENTAL_HEALTH"), "taskTypes",
                "taskTypes has unknown or retired codes: MENTAL_HEALTH");
    }

    @Test
    void readsEachKindOnceForThirtySecondsSoBulkSyncsDoNotHitTheStorePerRecord() {
        for (int record = 0; record < 100; record++) {
            check.requireKnown(TaxonomyKind.TOPIC, List.of("MENTAL_HEALTH"), "topics");
            check.requireKnown(TaxonomyKind.TASK_TYPE, List.of("CLIENT_SUPPORT"), "taskTypes");
        }

        assertThat(terms.listReads()).isEqualTo(2);
    }

    @Test
    void seesAChangeMadeElsewhereOnceThirtySecondsHavePassed() {
        check.requireKnown(TaxonomyKind.TOPIC, List.of("MENTAL_HEALTH"), "topics");
        terms.save(term(TaxonomyKind.TOPIC, "LONELINESS"));

        clock.advance(Duration.ofSeconds(29));
        assertRefused(TaxonomyKind.TOPIC, List.of("LONELINESS"), "topics",
                "topics has unknown or retired codes: LONELINESS");

        clock.advance(Duration.ofSeconds(1));
        assertThatCode(() -> check.requireKnown(TaxonomyKind.TOPIC, List.of("LONELINESS"), "topics"))
                .doesNotThrowAnyException();
    }

    @Test
    void forgettingAKindReadsItAgainAtOnce() {
        check.requireKnown(TaxonomyKind.TOPIC, List.of("MENTAL_HEALTH"), "topics");
        terms.save(retired(TaxonomyKind.TOPIC, "MENTAL_HEALTH"));

        check.forget(TaxonomyKind.TOPIC);

        assertRefused(TaxonomyKind.TOPIC, List.of("MENTAL_HEALTH"), "topics",
                "topics has unknown or retired codes: MENTAL_HEALTH");
    }

    private void assertRefused(TaxonomyKind kind, Collection<String> codes, String field, String detail) {
        assertThatThrownBy(() -> check.requireKnown(kind, codes, field))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.INVALID);
                    assertThat(problem.code()).isEqualTo("unknown-taxonomy-code");
                    assertThat(problem.field()).isEqualTo(field);
                    assertThat(problem.getMessage()).isEqualTo(detail);
                });
    }
}
