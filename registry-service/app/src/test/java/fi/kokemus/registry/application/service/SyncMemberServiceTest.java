package fi.kokemus.registry.application.service;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.in.SyncMemberCommand;
import fi.kokemus.registry.application.port.in.SyncResult;
import fi.kokemus.registry.application.port.in.SyncResult.Outcome;
import fi.kokemus.registry.domain.Consent;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertProfile;
import fi.kokemus.registry.domain.ExpertRegistered;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.domain.PublicProfileChanged;
import fi.kokemus.registry.testing.Actors;
import fi.kokemus.registry.testing.InMemoryExpertRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SyncMemberServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    private static final MemberReference MEMBER = new MemberReference(Actors.NGO_KESKI, "M-1001");

    private final InMemoryExpertRepository experts = new InMemoryExpertRepository();
    private final SyncMemberService service = new SyncMemberService(experts, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aNewMemberIsRegisteredAndAnnounced() {
        SyncResult result = sync(Actors.ngoKeski(), aProfile().build());

        assertThat(result.outcome()).isEqualTo(Outcome.CREATED);
        Expert stored = experts.findById(result.expert().id()).orElseThrow();
        assertThat(stored.profile()).isEqualTo(aProfile().build());
        assertThat(stored.member()).isEqualTo(MEMBER);
        assertThat(experts.savedEvents()).containsExactly(new ExpertRegistered(stored.publicProfile()));
    }

    @Test
    void theSameDataAgainChangesNothingAndAnnouncesNothing() {
        SyncResult created = sync(Actors.ngoKeski(), aProfile().build());

        SyncResult again = sync(Actors.ngoKeski(), aProfile().build());

        assertThat(again.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(again.expert()).isEqualTo(created.expert());
        assertThat(experts.findById(created.expert().id()).orElseThrow().version()).isEqualTo(1);
        assertThat(experts.savedEvents()).hasSize(1);
    }

    @Test
    void aChangedPublicFieldIsStoredAndAnnounced() {
        SyncResult created = sync(Actors.ngoKeski(), aProfile().build());

        SyncResult updated = sync(Actors.ngoKeski(), aProfile().active(false).build());

        assertThat(updated.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(updated.expert().id()).isEqualTo(created.expert().id());
        Expert stored = experts.findById(created.expert().id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(experts.savedEvents()).last().isEqualTo(new PublicProfileChanged(stored.publicProfile()));
        assertThat(stored.publicProfile().active()).isFalse();
    }

    @Test
    void aChangedContactIsStoredWithoutAnAnnouncement() {
        SyncResult created = sync(Actors.ngoKeski(), aProfile().build());

        SyncResult updated = sync(Actors.ngoKeski(), aProfile().contact(null, "+358 40 000 0009").build());

        assertThat(updated.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(experts.findById(created.expert().id()).orElseThrow().profile().contact().phone())
                .contains("+358 40 000 0009");
        assertThat(experts.savedEvents()).hasSize(1);
    }

    @Test
    void anAdminMaySyncForAnyOrganisation() {
        assertThat(sync(Actors.admin(), aProfile().build()).outcome()).isEqualTo(Outcome.CREATED);
    }

    @Test
    void anotherOrganisationsPartnerAndOtherRolesAreRefusedAndNothingIsStored() {
        assertRefused(Actors.ngoIta(), aProfile().build(), DomainProblem.Kind.FORBIDDEN, "other-organisation");
        assertRefused(Actors.coordinatorSoite(), aProfile().build(), DomainProblem.Kind.FORBIDDEN, "role-required");
        assertRefused(Actors.expert("expert.soite"), aProfile().build(), DomainProblem.Kind.FORBIDDEN,
                "role-required");
    }

    @Test
    void aUsernameLinkedToAnotherMemberIsRefused() {
        sync(Actors.ngoKeski(), aProfile().username("expert.soite").build());
        var otherMember = new SyncMemberCommand(new MemberReference(Actors.NGO_KESKI, "M-2002"),
                aProfile().name("Veera", "Koe").username("expert.soite").build());

        assertThatThrownBy(() -> service.sync(Actors.ngoKeski(), otherMember))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo("username-taken"));
        assertThat(experts.findByMember(otherMember.member())).isEmpty();
    }

    @Test
    void aConsentDatedInTheFutureIsRefused() {
        ExpertProfile future = aProfile().consent(new Consent(NOW.plusSeconds(86_400), "registry-v1")).build();

        assertRefused(Actors.ngoKeski(), future, DomainProblem.Kind.INVALID, "invalid-value");
    }

    private SyncResult sync(Actor actor, ExpertProfile profile) {
        return service.sync(actor, new SyncMemberCommand(MEMBER, profile));
    }

    private void assertRefused(Actor actor, ExpertProfile profile, DomainProblem.Kind kind, String code) {
        assertThatThrownBy(() -> sync(actor, profile)).isInstanceOfSatisfying(DomainProblem.class, problem -> {
            assertThat(problem.kind()).isEqualTo(kind);
            assertThat(problem.code()).isEqualTo(code);
        });
        assertThat(experts.findByMember(MEMBER)).isEmpty();
        assertThat(experts.savedEvents()).isEmpty();
    }
}
