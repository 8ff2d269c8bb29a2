package fi.kokemus.registry.testing;

import static fi.kokemus.registry.testing.Terms.term;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.registry.application.port.out.TaxonomyTerms;
import fi.kokemus.registry.domain.taxonomy.Labels;
import fi.kokemus.registry.domain.taxonomy.TaxonomyKind;
import fi.kokemus.registry.domain.taxonomy.TaxonomyTerm;
import org.junit.jupiter.api.Test;

/** What every {@link TaxonomyTerms} adapter must do; run against each of them. */
public abstract class TaxonomyTermsContract {

    protected abstract TaxonomyTerms terms();

    @Test
    void listsTheTermsOfOneKindInCodeOrderRetiredOnesIncluded() {
        TaxonomyTerm violence = term(TaxonomyKind.TOPIC, "VIOLENCE");
        TaxonomyTerm gambling = Terms.retired(TaxonomyKind.TOPIC, "GAMBLING");
        TaxonomyTerm mentalHealth = term(TaxonomyKind.TOPIC, "MENTAL_HEALTH");
        terms().save(violence);
        terms().save(gambling);
        terms().save(mentalHealth);
        terms().save(term(TaxonomyKind.LIFE_SITUATION, "DEBT"));

        assertThat(terms().findAll(TaxonomyKind.TOPIC)).containsExactly(gambling, mentalHealth, violence);
        assertThat(terms().findAll(TaxonomyKind.DIAGNOSIS)).isEmpty();
    }

    @Test
    void findsOneTermByKindAndCode() {
        TaxonomyTerm debt = term(TaxonomyKind.LIFE_SITUATION, "DEBT");
        terms().save(debt);

        assertThat(terms().find(TaxonomyKind.LIFE_SITUATION, "DEBT")).contains(debt);
        assertThat(terms().find(TaxonomyKind.TOPIC, "DEBT")).isEmpty();
        assertThat(terms().find(TaxonomyKind.LIFE_SITUATION, "DIVORCE")).isEmpty();
    }

    @Test
    void savingAgainReplacesTheTerm() {
        terms().save(term(TaxonomyKind.DIAGNOSIS, "F30_F39"));
        var relabelled = new TaxonomyTerm(TaxonomyKind.DIAGNOSIS, "F30_F39",
                new Labels("Mielialahäiriöt", "Förstämningssyndrom", "Mood disorders"), true);

        terms().save(relabelled);

        assertThat(terms().findAll(TaxonomyKind.DIAGNOSIS)).containsExactly(relabelled);
    }

    @Test
    void addsOnlyWhatIsMissingAndLeavesAnExistingTermAsItIs() {
        var edited = new TaxonomyTerm(TaxonomyKind.TASK_TYPE, "PAIR_WORK", new Labels("Parityö", "Pararbete", "Pairs"), true);
        terms().save(edited);

        boolean addedExisting = terms().addIfMissing(term(TaxonomyKind.TASK_TYPE, "PAIR_WORK"));
        boolean addedNew = terms().addIfMissing(term(TaxonomyKind.TASK_TYPE, "INDIVIDUAL_WORK"));

        assertThat(addedExisting).isFalse();
        assertThat(addedNew).isTrue();
        assertThat(terms().find(TaxonomyKind.TASK_TYPE, "PAIR_WORK")).contains(edited);
        assertThat(terms().find(TaxonomyKind.TASK_TYPE, "INDIVIDUAL_WORK")).isPresent();
    }
}
