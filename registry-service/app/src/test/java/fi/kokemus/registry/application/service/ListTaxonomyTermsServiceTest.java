package fi.kokemus.registry.application.service;

import static fi.kokemus.registry.testing.Terms.retired;
import static fi.kokemus.registry.testing.Terms.term;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.domain.taxonomy.TaxonomyKind;
import fi.kokemus.registry.domain.taxonomy.TaxonomyTerm;
import fi.kokemus.registry.testing.Actors;
import fi.kokemus.registry.testing.InMemoryTaxonomyTerms;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListTaxonomyTermsServiceTest {

    private final InMemoryTaxonomyTerms terms = new InMemoryTaxonomyTerms();
    private final ListTaxonomyTermsService service = new ListTaxonomyTermsService(terms);

    private final TaxonomyTerm violence = term(TaxonomyKind.TOPIC, "VIOLENCE");
    private final TaxonomyTerm gambling = retired(TaxonomyKind.TOPIC, "GAMBLING");
    private final TaxonomyTerm mentalHealth = term(TaxonomyKind.TOPIC, "MENTAL_HEALTH");
    private final TaxonomyTerm moodDisorders = term(TaxonomyKind.DIAGNOSIS, "F30_F39");

    @BeforeEach
    void storeTerms() {
        terms.save(violence);
        terms.save(gambling);
        terms.save(mentalHealth);
        terms.save(moodDisorders);
    }

    @Test
    void anyoneListsTheTermsInUseOfAKindInCodeOrder() {
        assertThat(service.list(Actors.ordererSoite(), TaxonomyKind.TOPIC, false)).containsExactly(mentalHealth, violence);
        assertThat(service.list(Actors.financeSoite(), TaxonomyKind.TOPIC, false)).containsExactly(mentalHealth, violence);
        assertThat(service.list(Actors.admin(), TaxonomyKind.LIFE_SITUATION, false)).isEmpty();
    }

    @Test
    void adminsMayAskForRetiredTermsToo() {
        assertThat(service.list(Actors.admin(), TaxonomyKind.TOPIC, true)).containsExactly(gambling, mentalHealth, violence);
    }

    @Test
    void nobodyElseSeesRetiredTerms() {
        assertForbidden(() -> service.list(Actors.coordinatorSoite(), TaxonomyKind.TOPIC, true));
        assertForbidden(() -> service.list(Actors.ngoKeski(), TaxonomyKind.TOPIC, true));
    }

    @Test
    void coordinatorsNgoPartnersAndExpertsSeeTheDiagnosisCategories() {
        assertThat(service.list(Actors.coordinatorSoite(), TaxonomyKind.DIAGNOSIS, false)).containsExactly(moodDisorders);
        assertThat(service.list(Actors.ngoKeski(), TaxonomyKind.DIAGNOSIS, false)).containsExactly(moodDisorders);
        assertThat(service.list(Actors.expert("aino.t"), TaxonomyKind.DIAGNOSIS, false)).containsExactly(moodDisorders);
    }

    @Test
    void orderersAndFinanceNeverSeeDiagnosisData() {
        assertForbidden(() -> service.list(Actors.ordererSoite(), TaxonomyKind.DIAGNOSIS, false));
        assertForbidden(() -> service.list(Actors.financeSoite(), TaxonomyKind.DIAGNOSIS, false));
    }

    private static void assertForbidden(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.FORBIDDEN));
    }
}
