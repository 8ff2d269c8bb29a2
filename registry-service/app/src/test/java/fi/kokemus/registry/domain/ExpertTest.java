package fi.kokemus.registry.domain;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.testing.ProfileBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpertTest {

    private static final Instant LATER = ProfileBuilder.CONSENT_GIVEN_AT.plusSeconds(86_400);
    private final ExpertId id = ExpertId.random();
    private final MemberReference member = new MemberReference("ngo-keski", "M-1001");

    @Test
    void registeringRecordsTheRegistrationWithThePublicProfile() {
        Expert expert = Expert.register(id, member, aProfile().build(), aProfile().consentsAsGiven());

        assertThat(expert.isNew()).isTrue();
        assertThat(expert.pendingEvents()).containsExactly(new ExpertEvent.Registered(expert.publicProfile()));
        PublicProfile profile = expert.publicProfile();
        assertThat(profile.expertId()).isEqualTo(id);
        assertThat(profile.organisations()).containsExactly("ngo-keski");
        assertThat(profile.displayName()).isEqualTo("Aino T.");
        assertThat(profile.homeCounty()).isEqualTo(County.KESKI_POHJANMAA);
        assertThat(profile.active()).isTrue();
        assertThat(profile.bookableOutsideHomeCounty()).isFalse();
    }

    @Test
    void aMemberWithoutRegistryConsentIsRefused() {
        Consents withdrawn = Consents.restore(List.of(
                ConsentDecision.withdrawn(ConsentKind.REGISTRY_LISTING, LATER, "registry-v1")));

        assertProblem("registry-consent-required",
                () -> Expert.register(id, member, aProfile().build(), Consents.none()));
        assertProblem("registry-consent-required",
                () -> Expert.register(id, member, aProfile().build(), withdrawn));
    }

    @Test
    void diagnosesAreKeptOnlyWithConsentToSensitiveData() {
        ExpertProfile withDiagnosis = aProfile().diagnoses("F30_F39").build();

        assertProblem("diagnoses-without-consent",
                () -> Expert.register(id, member, withDiagnosis, aProfile().consentsAsGiven()));

        Expert expert = Expert.register(id, member, withDiagnosis, sensitiveDataConsented());
        assertThat(expert.profile().diagnoses()).extracting(DiagnosisCode::value).containsExactly("F30_F39");
    }

    @Test
    void syncingIdenticalDataChangesNothing() {
        Expert expert = stored();

        assertThat(expert.sync(aProfile().build(), aProfile().consentsAsGiven())).isFalse();
        assertThat(expert.pendingEvents()).isEmpty();
    }

    @Test
    void aChangedPublicFieldRecordsTheNewPublicProfile() {
        Expert expert = stored();

        assertThat(expert.sync(aProfile().taskTypes("CLIENT_SUPPORT", "LECTURE_REGIONAL").build(),
                Consents.none())).isTrue();

        assertThat(expert.pendingEvents()).containsExactly(new ExpertEvent.ProfileChanged(expert.publicProfile()));
        assertThat(expert.publicProfile().taskTypes()).hasSize(2);
    }

    @Test
    void privateChangesAreStoredButNotAnnounced() {
        Expert expert = stored();

        assertThat(expert.sync(aProfile().contact("aino.uusi@example.org", null).name("Aino", "Tamminen").build(),
                Consents.none())).isTrue();

        assertThat(expert.pendingEvents()).isEmpty();
        assertThat(expert.profile().name().lastName()).isEqualTo("Tamminen");
    }

    @Test
    void preferencesTheExpertEditedThemselvesSurviveTheNgosSync() {
        Expert expert = stored();
        Preferences own = aProfile().contact("aino.oma@example.org", null).languages("fi", "sv").build()
                .preferences();

        expert.editPreferences(own);
        expert.sync(aProfile().name("Aino", "Tamminen").build(), Consents.none());

        assertThat(expert.profile().preferences()).isEqualTo(own);
        assertThat(expert.profile().name().lastName()).isEqualTo("Tamminen");
    }

    @Test
    void aStaleSyncDoesNotUndoAWithdrawalButANewerConsentCounts() {
        Expert expert = stored();
        expert.decideConsent(ConsentDecision.given(ConsentKind.DISCLOSURE_OUTSIDE_COUNTY, LATER, "v1"));
        expert.decideConsent(ConsentDecision.withdrawn(ConsentKind.DISCLOSURE_OUTSIDE_COUNTY,
                LATER.plusSeconds(60), "v1"));

        expert.sync(aProfile().build(), Consents.restore(List.of(
                ConsentDecision.given(ConsentKind.DISCLOSURE_OUTSIDE_COUNTY, LATER, "v1"))));
        assertThat(expert.visibleTo(County.ITA_UUSIMAA)).isFalse();

        expert.sync(aProfile().build(), Consents.restore(List.of(
                ConsentDecision.given(ConsentKind.DISCLOSURE_OUTSIDE_COUNTY, LATER.plusSeconds(120), "v2"))));
        assertThat(expert.visibleTo(County.ITA_UUSIMAA)).isTrue();
        assertThat(expert.pendingEvents()).last().isInstanceOf(ExpertEvent.ProfileChanged.class);
    }

    @Test
    void withdrawingTheRegistryListingErasesTheRecord() {
        Expert expert = stored();

        assertThat(expert.decideConsent(ConsentDecision.withdrawn(ConsentKind.REGISTRY_LISTING, LATER, "v1")))
                .isTrue();

        assertThat(expert.isErased()).isTrue();
        assertThat(expert.pendingEvents()).containsExactly(new ExpertEvent.Erased(id, County.KESKI_POHJANMAA));
        assertProblem("expert-erased", () -> expert.changeAvailability(Availability.active()));
    }

    @Test
    void withdrawingConsentToSensitiveDataRemovesTheDiagnoses() {
        Expert expert = Expert.restore(id, member, new ExpertState(aProfile().diagnoses("F30_F39").build(),
                sensitiveDataConsented(), Availability.active(), List.of(), Optional.empty(), Optional.empty(),
                false, false), 2);

        expert.decideConsent(ConsentDecision.withdrawn(ConsentKind.SENSITIVE_DATA, LATER, "v1"));

        assertThat(expert.profile().diagnoses()).isEmpty();
        assertThat(expert.pendingEvents()).isEmpty();
    }

    @Test
    void pausingMakesTheExpertUnbookableAndKeepsTheReasonOutOfTheEvent() {
        Expert expert = stored();
        var paused = new Availability(true, Optional.of("hospital stay"),
                List.of(new DatePeriod(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-24"))));

        assertThat(expert.changeAvailability(paused)).isTrue();

        ExpertEvent event = expert.pendingEvents().get(0);
        assertThat(event).isInstanceOf(ExpertEvent.AvailabilityChanged.class);
        PublicProfile profile = ((ExpertEvent.WithProfile) event).profile();
        assertThat(profile.active()).isFalse();
        assertThat(profile.unavailable()).hasSize(1);
        assertThat(profile.toString()).doesNotContain("hospital");
    }

    @Test
    void aContractPerCountyIsRecordedReplacedAndAnnounced() {
        Expert expert = stored();
        LocalDate start = LocalDate.parse("2026-01-01");

        expert.recordContract(new AssignmentContract(County.ITA_UUSIMAA, start, Optional.empty()));
        expert.recordContract(new AssignmentContract(County.ITA_UUSIMAA, start, Optional.of(start.plusYears(1))));

        assertThat(expert.state().contracts()).containsExactly(
                new AssignmentContract(County.ITA_UUSIMAA, start, Optional.of(start.plusYears(1))));
        assertThat(expert.pendingEvents()).hasSize(2).allMatch(ExpertEvent.ContractChanged.class::isInstance);
        assertThat(expert.visibleTo(County.ITA_UUSIMAA)).isTrue();
        assertThat(expert.visibleTo(County.LAPPI)).isFalse();
    }

    @Test
    void anEndedMembershipMakesTheExpertUnbookableUntilTheNgoSyncsThemAgain() {
        Expert expert = stored();

        assertThat(expert.endMembership()).isTrue();
        assertThat(expert.publicProfile().active()).isFalse();

        expert.sync(aProfile().build(), Consents.none());
        assertThat(expert.publicProfile().active()).isTrue();
    }

    @Test
    void anExpertCannotMentorThemselves() {
        Expert expert = stored();
        var period = new DatePeriod(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30"));

        assertProblem(Checks.INVALID_VALUE, () -> expert.assignMentor(Optional.of(new Mentorship(id, period))));
        assertThat(expert.assignMentor(Optional.of(new Mentorship(ExpertId.random(), period)))).isTrue();
        assertThat(expert.pendingEvents()).isEmpty();
    }

    @Test
    void recognisesItsAccountOrganisationAndCounty() {
        Expert expert = stored();

        assertThat(expert.isAccountOf(new Username("expert.soite"))).isTrue();
        assertThat(expert.isAccountOf(new Username("expert.itu"))).isFalse();
        assertThat(expert.isMaintainedBy("ngo-keski")).isTrue();
        assertThat(expert.isMaintainedBy(null)).isFalse();
        assertThat(expert.livesIn(County.KESKI_POHJANMAA)).isTrue();
        assertThat(expert.livesIn(County.ITA_UUSIMAA)).isFalse();
    }

    @Test
    void aStoredExpertHasAVersion() {
        ExpertState state = stored().state();
        assertThatThrownBy(() -> Expert.restore(id, member, state, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(stored().isNew()).isFalse();
    }

    private Expert stored() {
        return Expert.restore(id, member, ExpertState.initial(aProfile().build(), aProfile().consentsAsGiven()), 3);
    }

    private static Consents sensitiveDataConsented() {
        return aProfile().consentsAsGiven().merge(Consents.restore(List.of(
                ConsentDecision.given(ConsentKind.SENSITIVE_DATA, ProfileBuilder.CONSENT_GIVEN_AT, "v1"))));
    }

    private static void assertProblem(String code, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.code()).isEqualTo(code));
    }
}
