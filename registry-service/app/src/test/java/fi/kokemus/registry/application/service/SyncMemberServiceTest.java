package fi.kokemus.registry.application.service;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.in.SyncMemberCommand;
import fi.kokemus.registry.application.port.in.SyncResult;
import fi.kokemus.registry.application.port.in.SyncResult.Outcome;
import fi.kokemus.registry.domain.ConsentDecision;
import fi.kokemus.registry.domain.ConsentKind;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DuplicateCandidate;
import fi.kokemus.registry.domain.DuplicateReason;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertEvent;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.testing.Actors;
import fi.kokemus.registry.testing.InMemoryDuplicateCandidates;
import fi.kokemus.registry.testing.InMemoryExpertRepository;
import fi.kokemus.registry.testing.ProfileBuilder;
import fi.kokemus.registry.testing.SeededTaxonomy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SyncMemberServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    private static final MemberReference MEMBER = new MemberReference(Actors.NGO_KESKI, "M-1001");

    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final InMemoryExpertRepository experts = new InMemoryExpertRepository(CLOCK);
    private final InMemoryDuplicateCandidates candidates = new InMemoryDuplicateCandidates();
    private final SyncMemberService service = new SyncMemberService(experts, candidates,
            SeededTaxonomy.profileCheck(), CLOCK);

    @Test
    void aNewMemberIsRegisteredAndAnnounced() {
        SyncResult result = sync(Actors.ngoKeski(), aProfile());

        assertThat(result.outcome()).isEqualTo(Outcome.CREATED);
        Expert stored = experts.findById(result.expertId()).orElseThrow();
        assertThat(stored.profile()).isEqualTo(aProfile().build());
        assertThat(stored.member()).isEqualTo(MEMBER);
        assertThat(experts.savedEvents()).containsExactly(new ExpertEvent.Registered(stored.publicProfile()));
    }

    @Test
    void theSameDataAgainChangesNothingAndAnnouncesNothing() {
        SyncResult created = sync(Actors.ngoKeski(), aProfile());

        SyncResult again = sync(Actors.ngoKeski(), aProfile());

        assertThat(again.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(again.expert()).isEqualTo(created.expert());
        assertThat(experts.findById(created.expertId()).orElseThrow().version()).isEqualTo(1);
        assertThat(experts.savedEvents()).hasSize(1);
    }

    @Test
    void aChangedPublicFieldIsStoredAndAnnounced() {
        SyncResult created = sync(Actors.ngoKeski(), aProfile());

        SyncResult updated = sync(Actors.ngoKeski(), aProfile().taskTypes("CLIENT_SUPPORT", "LECTURE_REGIONAL"));

        assertThat(updated.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(updated.expertId()).isEqualTo(created.expertId());
        Expert stored = experts.findById(created.expertId()).orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(experts.savedEvents()).last().isEqualTo(new ExpertEvent.ProfileChanged(stored.publicProfile()));
        assertThat(stored.publicProfile().taskTypes()).hasSize(2);
    }

    @Test
    void aChangedContactIsStoredWithoutAnAnnouncement() {
        SyncResult created = sync(Actors.ngoKeski(), aProfile());

        SyncResult updated = sync(Actors.ngoKeski(), aProfile().contact(null, "+358 40 000 0009"));

        assertThat(updated.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(experts.findById(created.expertId()).orElseThrow().profile().preferences().contact().phone())
                .contains("+358 40 000 0009");
        assertThat(experts.savedEvents()).hasSize(1);
    }

    @Test
    void theSamePersonFromAnotherOrganisationIsFlaggedForTheCoordinatorsNotMerged() {
        SyncResult keski = sync(Actors.ngoKeski(), aProfile());

        SyncResult ita = syncAtIta(aProfile());

        assertThat(ita.outcome()).isEqualTo(Outcome.CREATED);
        assertThat(ita.expertId()).isNotEqualTo(keski.expertId());
        assertThat(ita.possibleDuplicateOf()).containsExactly(keski.expertId());
        assertThat(candidates.findReviewableIn(County.KESKI_POHJANMAA, DuplicateCandidate.Status.OPEN))
                .singleElement().satisfies(candidate -> {
                    assertThat(candidate.id()).isEqualTo(DuplicateCandidate.pairId(keski.expertId(), ita.expertId()));
                    assertThat(candidate.reasons()).containsExactlyInAnyOrder(DuplicateReason.values());
                });
        assertThat(experts.findById(keski.expertId())).isPresent();
    }

    @Test
    void syncingTheFlaggedRecordAgainAddsNoSecondCandidate() {
        SyncResult keski = sync(Actors.ngoKeski(), aProfile());
        syncAtIta(aProfile());

        SyncResult again = syncAtIta(aProfile());
        SyncResult changed = syncAtIta(aProfile().topics("CHILD_PROTECTION"));

        assertThat(again.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(changed.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(changed.possibleDuplicateOf()).containsExactly(keski.expertId());
        assertThat(again.possibleDuplicateOf()).isEmpty();
        assertThat(candidates.all()).singleElement()
                .satisfies(candidate -> assertThat(candidate.status()).isEqualTo(DuplicateCandidate.Status.OPEN));
    }

    @Test
    void aDifferentPersonIsNotFlagged() {
        sync(Actors.ngoKeski(), aProfile());

        SyncResult other = syncAtIta(aProfile().name("Bertta", "Esimerkki").contact("bertta@example.org", null));

        assertThat(other.possibleDuplicateOf()).isEmpty();
        assertThat(candidates.all()).isEmpty();
    }

    @Test
    void anAdminMaySyncForAnyOrganisation() {
        assertThat(sync(Actors.admin(), aProfile()).outcome()).isEqualTo(Outcome.CREATED);
    }

    @Test
    void anotherOrganisationsPartnerAndOtherRolesAreRefusedAndNothingIsStored() {
        assertRefused(Actors.ngoIta(), aProfile(), DomainProblem.Kind.FORBIDDEN, "other-organisation");
        assertRefused(Actors.coordinatorSoite(), aProfile(), DomainProblem.Kind.FORBIDDEN, "role-required");
        assertRefused(Actors.expert("expert.soite"), aProfile(), DomainProblem.Kind.FORBIDDEN,
                "role-required");
    }

    @Test
    void aUsernameLinkedToAnotherMemberIsRefused() {
        sync(Actors.ngoKeski(), aProfile().username("expert.soite"));
        var otherMember = new SyncMemberCommand(new MemberReference(Actors.NGO_KESKI, "M-2002"),
                aProfile().name("Veera", "Koe").username("expert.soite").build(), aProfile().consentDecisions());

        assertThatThrownBy(() -> service.sync(Actors.ngoKeski(), otherMember))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo("username-taken"));
        assertThat(experts.findByMember(otherMember.member())).isEmpty();
    }

    @Test
    void aConsentDatedInTheFutureIsRefused() {
        ProfileBuilder future = aProfile().consents(
                ConsentDecision.given(ConsentKind.REGISTRY_LISTING, NOW.plusSeconds(86_400), "registry-v1"));

        assertRefused(Actors.ngoKeski(), future, DomainProblem.Kind.INVALID, "invalid-value");
    }

    @Test
    void aMemberWhoWithdrawsTheRegistryConsentIsErased() {
        SyncResult created = sync(Actors.ngoKeski(), aProfile());

        SyncResult erased = sync(Actors.ngoKeski(), aProfile().consents(
                ConsentDecision.withdrawn(ConsentKind.REGISTRY_LISTING, NOW, "registry-v1")));

        assertThat(erased.outcome()).isEqualTo(Outcome.ERASED);
        assertThat(experts.findById(created.expertId())).isEmpty();
        assertThat(experts.savedEvents()).last().isInstanceOf(ExpertEvent.Erased.class);
    }

    @Test
    void anErasedMemberReturnsOnlyWithAConsentGivenAfterTheErasure() {
        sync(Actors.ngoKeski(), aProfile());
        sync(Actors.ngoKeski(), aProfile().consents(
                ConsentDecision.withdrawn(ConsentKind.REGISTRY_LISTING, NOW, "registry-v1")));

        assertThatThrownBy(() -> sync(Actors.ngoKeski(), aProfile()))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.GONE);
                    assertThat(problem.code()).isEqualTo("member-erased");
                });
        SyncResult back = sync(Actors.ngoKeski(), aProfile().consents(
                ConsentDecision.given(ConsentKind.REGISTRY_LISTING, NOW.plusSeconds(1), "registry-v2")));
        assertThat(back.outcome()).isEqualTo(Outcome.CREATED);
    }

    @Test
    void codesAndPlacesMustBeKnownToTheReferenceData() {
        assertRefused(Actors.ngoKeski(), aProfile().topics("NOT_A_TOPIC"), DomainProblem.Kind.INVALID,
                "unknown-taxonomy-code");
        assertRefused(Actors.ngoKeski(), aProfile().taskTypes("SKYDIVING"), DomainProblem.Kind.INVALID,
                "unknown-taxonomy-code");
        assertRefused(Actors.ngoKeski(), aProfile().municipality("999"), DomainProblem.Kind.INVALID,
                "unknown-municipality");
        assertRefused(Actors.ngoKeski(), aProfile().municipality("091"), DomainProblem.Kind.INVALID,
                "municipality-outside-county");
    }

    private SyncResult sync(Actor actor, ProfileBuilder profile) {
        return service.sync(actor, new SyncMemberCommand(MEMBER, profile.build(), profile.consentDecisions()));
    }

    /** The same member id at another organisation, with its own account, so a different record. */
    private SyncResult syncAtIta(ProfileBuilder profile) {
        var member = new MemberReference(Actors.NGO_ITA, MEMBER.externalId());
        return service.sync(Actors.ngoIta(), new SyncMemberCommand(member, profile.username(null).build(),
                profile.consentDecisions()));
    }

    private void assertRefused(Actor actor, ProfileBuilder profile, DomainProblem.Kind kind, String code) {
        assertThatThrownBy(() -> sync(actor, profile)).isInstanceOfSatisfying(DomainProblem.class, problem -> {
            assertThat(problem.kind()).isEqualTo(kind);
            assertThat(problem.code()).isEqualTo(code);
        });
        assertThat(experts.findByMember(MEMBER)).isEmpty();
        assertThat(experts.savedEvents()).isEmpty();
    }
}
