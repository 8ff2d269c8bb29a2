package fi.kokemus.registry.application.service;

import static fi.kokemus.registry.testing.Terms.retired;
import static fi.kokemus.registry.testing.Terms.term;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.in.MaintainedTerm;
import fi.kokemus.registry.application.port.in.MaintainedTerm.Outcome;
import fi.kokemus.registry.domain.taxonomy.Labels;
import fi.kokemus.registry.domain.taxonomy.TaxonomyKind;
import fi.kokemus.registry.domain.taxonomy.TaxonomyTerm;
import fi.kokemus.registry.testing.Actors;
import fi.kokemus.registry.testing.InMemoryTaxonomyTerms;
import fi.kokemus.platform.test.MutableClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaintainTaxonomyTermServiceTest {

    private final InMemoryTaxonomyTerms terms = new InMemoryTaxonomyTerms();
    private final TaxonomyCheck check = new TaxonomyCheck(terms, new MutableClock(Instant.parse("2026-11-20T08:00:00Z")));
    private final MaintainTaxonomyTermService service = new MaintainTaxonomyTermService(terms, check);

    @Test
    void anAdminCreatesATerm() {
        TaxonomyTerm loneliness = term(TaxonomyKind.LIFE_SITUATION, "LONELINESS");

        MaintainedTerm result = service.maintain(Actors.admin(), loneliness);

        assertThat(result).isEqualTo(new MaintainedTerm(Outcome.CREATED, loneliness));
        assertThat(terms.find(TaxonomyKind.LIFE_SITUATION, "LONELINESS")).contains(loneliness);
    }

    @Test
    void anAdminRelabelsRetiresAndBringsBackATerm() {
        terms.save(term(TaxonomyKind.TOPIC, "GAMBLING"));
        var relabelled = new TaxonomyTerm(TaxonomyKind.TOPIC, "GAMBLING",
                new Labels("Rahapelaaminen", "Penningspel", "Gambling"), false);
        var retired = new TaxonomyTerm(TaxonomyKind.TOPIC, "GAMBLING", relabelled.labels(), true);

        assertThat(service.maintain(Actors.admin(), relabelled).outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(service.maintain(Actors.admin(), retired).outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(terms.find(TaxonomyKind.TOPIC, "GAMBLING")).contains(retired);
        assertThat(service.maintain(Actors.admin(), relabelled).outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(terms.find(TaxonomyKind.TOPIC, "GAMBLING")).contains(relabelled);
    }

    @Test
    void maintainingATermAsItAlreadyIsChangesNothing() {
        TaxonomyTerm debt = term(TaxonomyKind.LIFE_SITUATION, "DEBT");
        terms.save(debt);

        assertThat(service.maintain(Actors.admin(), debt)).isEqualTo(new MaintainedTerm(Outcome.UNCHANGED, debt));
    }

    @Test
    void nobodyButAnAdminMaintainsTheTaxonomy() {
        for (Actor actor : List.of(Actors.coordinatorSoite(), Actors.ordererSoite(), Actors.ngoKeski(),
                Actors.expert("aino.t"), Actors.financeSoite())) {
            assertThatThrownBy(() -> service.maintain(actor, term(TaxonomyKind.TOPIC, "GAMBLING")))
                    .isInstanceOfSatisfying(DomainProblem.class,
                            problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.FORBIDDEN));
        }
        assertThat(terms.findAll(TaxonomyKind.TOPIC)).isEmpty();
    }

    @Test
    void theChangeCountsForTheCheckOnThisInstanceAtOnce() {
        terms.save(term(TaxonomyKind.TOPIC, "GAMBLING"));
        check.requireKnown(TaxonomyKind.TOPIC, List.of("GAMBLING"), "topics");

        service.maintain(Actors.admin(), term(TaxonomyKind.TOPIC, "LONELINESS"));
        service.maintain(Actors.admin(), retired(TaxonomyKind.TOPIC, "GAMBLING"));

        check.requireKnown(TaxonomyKind.TOPIC, List.of("LONELINESS"), "topics");
        assertThatThrownBy(() -> check.requireKnown(TaxonomyKind.TOPIC, List.of("GAMBLING"), "topics"))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo("unknown-taxonomy-code"));
    }
}
