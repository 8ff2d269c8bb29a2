package fi.kokemus.registry.application.service;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.registry.domain.ExpertState;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.in.ConsentOutcome;
import fi.kokemus.registry.application.port.in.DataSubjectExport;
import fi.kokemus.registry.application.port.in.ExpertView;
import fi.kokemus.registry.application.port.out.ContactDisclosure;
import fi.kokemus.registry.domain.AuditEntry;
import fi.kokemus.registry.domain.Availability;
import fi.kokemus.registry.domain.ConsentDecision;
import fi.kokemus.registry.domain.ConsentKind;
import fi.kokemus.registry.domain.ContactDetails;
import fi.kokemus.registry.domain.DatePeriod;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertEvent;
import fi.kokemus.registry.domain.LanguageCode;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.domain.Preferences;
import fi.kokemus.registry.domain.ReadPurpose;
import fi.kokemus.registry.domain.TaskTypeCode;
import fi.kokemus.registry.domain.Username;
import fi.kokemus.registry.testing.SeededTaxonomy;
import fi.kokemus.registry.testing.Actors;
import fi.kokemus.registry.testing.InMemoryAuditLog;
import fi.kokemus.registry.testing.InMemoryContactDisclosures;
import fi.kokemus.registry.testing.InMemoryExpertRepository;
import fi.kokemus.registry.testing.ProfileBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManageOwnRecordServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    private static final Availability PAUSED = new Availability(true, Optional.of("hospital stay"),
            List.of(new DatePeriod(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 26))));

    private final InMemoryExpertRepository experts = new InMemoryExpertRepository();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final InMemoryContactDisclosures disclosures = new InMemoryContactDisclosures();
    private final ManageOwnRecordService service =
            new ManageOwnRecordService(experts, auditLog, disclosures, SeededTaxonomy.profileCheck(),
                    Clock.fixed(NOW, ZoneOffset.UTC));
    private Expert aino;

    @BeforeEach
    void storeTheExpert() {
        aino = aProfile().username("expert.soite").diagnoses("F32")
                .consents(ConsentDecision.given(ConsentKind.REGISTRY_LISTING, ProfileBuilder.CONSENT_GIVEN_AT, "registry-v1"),
                        ConsentDecision.given(ConsentKind.SENSITIVE_DATA, ProfileBuilder.CONSENT_GIVEN_AT, "sensitive-v1"))
                .register(new MemberReference(Actors.NGO_KESKI, "M-1001"));
        experts.save(aino);
    }

    @Test
    void theExpertEditsTheirPreferencesWhichTheNgoSyncThenKeeps() {
        Preferences edited = new Preferences(ContactDetails.of("aino.uusi@example.org", null),
                Set.of(new LanguageCode("fi"), new LanguageCode("sv")), Set.of(new TaskTypeCode("LECTURE_REGIONAL")),
                Optional.of("no evening tasks"));

        ExpertView.Full record = service.editPreferences(Actors.expert("expert.soite"), edited);

        assertThat(record.state().profile().preferences()).isEqualTo(edited);
        assertThat(record.state().preferencesOwnedByExpert()).isTrue();
        assertThat(stored().state()).isEqualTo(record.state());
    }

    @Test
    void aTaskTypeTheTaxonomyDoesNotKnowIsRefusedAndNothingChanges() {
        Preferences unknown = new Preferences(ContactDetails.of("aino.uusi@example.org", null),
                Set.of(new LanguageCode("fi")), Set.of(new TaskTypeCode("SKYDIVING")), Optional.empty());
        ExpertState before = stored().state();

        assertThatThrownBy(() -> service.editPreferences(Actors.expert("expert.soite"), unknown))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo("unknown-taxonomy-code"));
        assertThat(stored().state()).isEqualTo(before);
    }

    @Test
    void pausingIsStoredAndTheEventCarriesNoReason() {
        ExpertView.Full record = service.changeAvailability(Actors.expert("expert.soite"), PAUSED);

        assertThat(record.state().availability()).isEqualTo(PAUSED);
        assertThat(record.publicProfile().active()).isFalse();
        assertThat(experts.savedEvents()).last().isInstanceOfSatisfying(ExpertEvent.AvailabilityChanged.class,
                event -> assertThat(event.toString()).doesNotContain("hospital"));
    }

    @Test
    void withdrawingConsentToSensitiveDataRemovesTheDiagnoses() {
        ConsentOutcome outcome = service.decideConsent(Actors.expert("expert.soite"), ConsentKind.SENSITIVE_DATA,
                false, "sensitive-v1", false);

        assertThat(outcome.effect()).isEqualTo(ConsentOutcome.Effect.DIAGNOSES_REMOVED);
        assertThat(stored().profile().diagnoses()).isEmpty();
        assertThat(stored().state().consents().decisions()).contains(
                ConsentDecision.withdrawn(ConsentKind.SENSITIVE_DATA, NOW, "sensitive-v1"));
    }

    @Test
    void givingAnotherConsentHasNoFurtherEffect() {
        ConsentOutcome outcome = service.decideConsent(Actors.expert("expert.soite"),
                ConsentKind.PHOTOS_AND_SOCIAL_MEDIA, true, "photos-v2", false);

        assertThat(outcome.effect()).isEqualTo(ConsentOutcome.Effect.NONE);
        assertThat(outcome.record()).map(record -> record.state().consents().granted(ConsentKind.PHOTOS_AND_SOCIAL_MEDIA))
                .contains(true);
    }

    @Test
    void withdrawingTheListingNeedsConfirmationAndUnconfirmedChangesNothing() {
        assertConflict(() -> service.decideConsent(Actors.expert("expert.soite"), ConsentKind.REGISTRY_LISTING,
                false, "registry-v1", false));

        assertThat(experts.findById(aino.id())).isPresent();
        assertThat(experts.savedEvents()).hasSize(1);
    }

    @Test
    void confirmedWithdrawalOfTheListingErasesTheRecordAndForgetsTheDisclosures() {
        disclosures.discloseTo(aino.id(), "soite-mental-health-unit", "a-1");

        ConsentOutcome outcome = service.decideConsent(Actors.expert("expert.soite"), ConsentKind.REGISTRY_LISTING,
                false, "registry-v1", true);

        assertThat(outcome).isEqualTo(new ConsentOutcome(ConsentOutcome.Effect.ERASED, Optional.empty()));
        assertThat(experts.findById(aino.id())).isEmpty();
        assertThat(experts.savedEvents()).last().isEqualTo(new ExpertEvent.Erased(aino.id(), aino.profile().homeCounty()));
        assertThat(disclosures.findByExpert(aino.id())).isEmpty();
    }

    @Test
    void erasureNeedsConfirmationThenRemovesTheRecordAndDisclosuresButKeepsTheAuditLog() {
        disclosures.discloseTo(aino.id(), "soite-mental-health-unit", "a-1");
        auditLog.record(coordinatorRead());

        assertConflict(() -> service.erase(Actors.expert("expert.soite"), false));
        assertThat(experts.findById(aino.id())).isPresent();

        service.erase(Actors.expert("expert.soite"), true);

        assertThat(experts.findById(aino.id())).isEmpty();
        assertThat(disclosures.findByExpert(aino.id())).isEmpty();
        assertThat(auditLog.entries()).containsExactly(coordinatorRead());
    }

    @Test
    void theExportHoldsTheRecordWhoReadItAndWhichUnitsGotTheContactDetails() {
        disclosures.discloseTo(aino.id(), "soite-mental-health-unit", "a-1");
        disclosures.discloseTo(aino.id(), "soite-mental-health-unit", "a-2");
        auditLog.record(coordinatorRead());

        DataSubjectExport export = service.export(Actors.expert("expert.soite"));

        assertThat(export.record()).isEqualTo(ExpertView.Full.of(aino));
        assertThat(export.reads()).containsExactly(coordinatorRead());
        assertThat(export.disclosures()).containsExactly(
                new ContactDisclosure("soite-mental-health-unit", Set.of("a-1", "a-2")));
    }

    @Test
    void onlyAnExpertWithARecordManagesIt() {
        assertThatThrownBy(() -> service.changeAvailability(Actors.coordinatorSoite(), PAUSED))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.FORBIDDEN));
        assertThatThrownBy(() -> service.export(Actors.expert("expert.itu")))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.NOT_FOUND));
        assertThat(experts.savedEvents()).hasSize(1);
    }

    @Test
    void aChangeSavedMeanwhileIsNotOverwritten() {
        InMemoryExpertRepository racing = new InMemoryExpertRepository() {
            @Override
            public synchronized Optional<Expert> findByUsername(Username username) {
                Optional<Expert> stale = super.findByUsername(username);
                Expert meanwhile = super.findByUsername(username).orElseThrow();
                meanwhile.changeAvailability(PAUSED);
                save(meanwhile);
                return stale;
            }
        };
        racing.save(aProfile().username("expert.soite").register(new MemberReference(Actors.NGO_KESKI, "M-1001")));
        var racingService =
                new ManageOwnRecordService(racing, auditLog, disclosures, SeededTaxonomy.profileCheck(),
                        Clock.fixed(NOW, ZoneOffset.UTC));

        Availability mine = new Availability(true, Optional.of("other reason"), List.of());

        assertThatThrownBy(() -> racingService.changeAvailability(Actors.expert("expert.soite"), mine))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
                    assertThat(problem.code()).isEqualTo("concurrent-update");
                });
        assertThat(racing.findByUsername(new Username("expert.soite")).orElseThrow().state().availability())
                .isEqualTo(PAUSED);
    }

    private AuditEntry coordinatorRead() {
        return new AuditEntry(aino.id(), "sub-coordinator.soite", Optional.of("coordinator.soite"), Role.COORDINATOR,
                NOW, new ReadPurpose("order 42"));
    }

    private Expert stored() {
        return experts.findById(aino.id()).orElseThrow();
    }

    private static void assertConflict(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainProblem.class, problem -> {
            assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
            assertThat(problem.code()).isEqualTo("erasure-needs-confirmation");
        });
    }
}
