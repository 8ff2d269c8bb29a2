package fi.kokemus.registry.domain.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaxonomyTermTest {

    private static final Labels LABELS = new Labels("Mielenterveys", "Psykisk hälsa", "Mental health");

    @ParameterizedTest
    @ValueSource(strings = {"MENTAL_HEALTH", "F30_F39", "F50", "G40", "AB"})
    void acceptsUpperCaseCodes(String code) {
        assertThat(TaxonomyTerm.active(TaxonomyKind.TOPIC, code, LABELS).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "mental_health", "1ABC", "_ABC", "MENTAL HEALTH", "MENTAL-HEALTH", "ÄITI"})
    void refusesOtherCodes(String code) {
        assertInvalid("code", () -> TaxonomyTerm.active(TaxonomyKind.TOPIC, code, LABELS));
    }

    @Test
    void codesHaveAtMostSixtyFourCharacters() {
        String longest = "A".repeat(64);

        assertThat(TaxonomyTerm.active(TaxonomyKind.TOPIC, longest, LABELS).code()).isEqualTo(longest);
        assertInvalid("code", () -> TaxonomyTerm.active(TaxonomyKind.TOPIC, longest + "A", LABELS));
    }

    @Test
    void kindCodeAndLabelsAreRequired() {
        assertInvalid("kind", () -> TaxonomyTerm.active(null, "MENTAL_HEALTH", LABELS));
        assertInvalid("code", () -> TaxonomyTerm.active(TaxonomyKind.TOPIC, null, LABELS));
        assertInvalid("labels", () -> TaxonomyTerm.active(TaxonomyKind.TOPIC, "MENTAL_HEALTH", null));
    }

    @Test
    void everyLabelIsRequired() {
        assertInvalid("labels.fi", () -> new Labels(null, "Våld", "Violence"));
        assertInvalid("labels.sv", () -> new Labels("Väkivalta", " ", "Violence"));
        assertInvalid("labels.en", () -> new Labels("Väkivalta", "Våld", ""));
    }

    @Test
    void labelsHaveAtMostOneHundredTwentyCharactersCountingLettersNotUnits() {
        String longest = "ä".repeat(120);
        String emoji = "\uD83D\uDE00".repeat(120);

        assertThat(new Labels(longest, emoji, "Violence").fi()).isEqualTo(longest);
        assertInvalid("labels.en", () -> new Labels("Väkivalta", "Våld", "x".repeat(121)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Väki\nvalta", "Väki\tvalta", "\u0000", "Väki\u0085valta", "\uE000", "\uD800"})
    void labelsContainPrintableCharactersOnly(String label) {
        assertInvalid("labels.sv", () -> new Labels("Väkivalta", label, "Violence"));
    }

    @Test
    void kindsAreWrittenInUrlsInLowerCaseWithHyphens() {
        assertThat(TaxonomyKind.LIFE_SITUATION.slug()).isEqualTo("life-situation");
        assertThat(TaxonomyKind.ofSlug("task-type", "kind")).isEqualTo(TaxonomyKind.TASK_TYPE);
        assertThat(TaxonomyKind.ofSlug("diagnosis", "kind")).isEqualTo(TaxonomyKind.DIAGNOSIS);
        assertInvalid("kind", () -> TaxonomyKind.ofSlug("LIFE_SITUATION", "kind"));
        assertInvalid("kind", () -> TaxonomyKind.ofSlug("hobby", "kind"));
        assertInvalid("kind", () -> TaxonomyKind.ofSlug(null, "kind"));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COORDINATOR", "NGO_PARTNER", "EXPERT", "ADMIN"})
    void coordinatorsNgoPartnersExpertsAndAdminsMayReadDiagnoses(Role role) {
        assertThatCode(() -> TaxonomyKind.DIAGNOSIS.requireReadableBy(actor(role))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ORDERER", "FINANCE"})
    void orderersAndFinanceMayNotReadDiagnosesButEveryOtherKind(Role role) {
        assertThatThrownBy(() -> TaxonomyKind.DIAGNOSIS.requireReadableBy(actor(role)))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.FORBIDDEN));
        for (TaxonomyKind kind : new TaxonomyKind[] {TaxonomyKind.TOPIC, TaxonomyKind.LIFE_SITUATION, TaxonomyKind.TASK_TYPE}) {
            assertThatCode(() -> kind.requireReadableBy(actor(role))).doesNotThrowAnyException();
        }
    }

    private static Actor actor(Role role) {
        return new Actor("sub-someone", "someone", Set.of(role), "keski-pohjanmaa", null);
    }

    private static void assertInvalid(String field, ThrowingCallable construction) {
        assertThatThrownBy(construction).isInstanceOfSatisfying(DomainProblem.class, problem -> {
            assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.INVALID);
            assertThat(problem.field()).isEqualTo(field);
        });
    }
}
