package fi.kokemus.registry.domain;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.domain.ReadGrant.Visibility;
import fi.kokemus.registry.testing.Actors;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpertAccessTest {

    private final Expert soiteExpert = Expert.restore(ExpertId.random(), new MemberReference("ngo-keski", "M-1001"),
            ExpertState.initial(aProfile().username("expert.soite").build(), aProfile().consentsAsGiven()), 1);

    @Test
    void theExpertReadsTheirOwnFullRecordUnaudited() {
        assertThat(ExpertAccess.readGrant(Actors.expert("expert.soite"), soiteExpert))
                .isEqualTo(new ReadGrant(Visibility.FULL_RECORD, Optional.empty()));
    }

    @Test
    void theHomeCountysCoordinatorAndTheOwningNgoReadTheFullRecordAsStaff() {
        assertThat(ExpertAccess.readGrant(Actors.coordinatorSoite(), soiteExpert))
                .isEqualTo(new ReadGrant(Visibility.FULL_RECORD, Optional.of(Role.COORDINATOR)));
        assertThat(ExpertAccess.readGrant(Actors.ngoKeski(), soiteExpert))
                .isEqualTo(new ReadGrant(Visibility.FULL_RECORD, Optional.of(Role.NGO_PARTNER)));
    }

    @Test
    void theHomeCountysOrderersReadThePublicProfileOnly() {
        assertThat(ExpertAccess.readGrant(Actors.ordererSoite(), soiteExpert))
                .isEqualTo(new ReadGrant(Visibility.PUBLIC_PROFILE, Optional.of(Role.ORDERER)));
    }

    @Test
    void everyoneElseIsRefused() {
        for (Actor actor : new Actor[] {Actors.coordinatorItu(), Actors.ordererItu(), Actors.ngoIta(),
                Actors.expert("expert.itu"), Actors.financeSoite(), Actors.admin(),
                Actors.of("expert.soite", Role.ORDERER, "ita-uusimaa", null)}) {
            assertThatThrownBy(() -> ExpertAccess.readGrant(actor, soiteExpert))
                    .as(actor.username())
                    .isInstanceOfSatisfying(DomainProblem.class,
                            problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.FORBIDDEN));
        }
    }

    @Test
    void aCoordinatorWhoIsAlsoTheExpertReadsAsTheExpert() {
        var both = new Actor("sub-x", "expert.soite", Set.of(Role.EXPERT, Role.COORDINATOR), "keski-pohjanmaa", null);

        assertThat(ExpertAccess.readGrant(both, soiteExpert).staffRole()).isEmpty();
    }

    @Test
    void anNgoMaintainsOnlyItsOwnMembersAndAdminsMaintainAll() {
        var keskiMember = new MemberReference("ngo-keski", "M-1");

        ExpertAccess.requireMayMaintain(Actors.ngoKeski(), keskiMember);
        ExpertAccess.requireMayMaintain(Actors.admin(), keskiMember);
        assertForbidden("other-organisation", () -> ExpertAccess.requireMayMaintain(Actors.ngoIta(), keskiMember));
        assertForbidden("role-required",
                () -> ExpertAccess.requireMayMaintain(Actors.coordinatorSoite(), keskiMember));
    }

    @Test
    void coordinatorsAndOrderersSearchTheirOwnCounty() {
        assertThat(ExpertAccess.searchableCounty(Actors.ordererItu())).isEqualTo(County.ITA_UUSIMAA);
        assertThat(ExpertAccess.searchableCounty(Actors.coordinatorSoite())).isEqualTo(County.KESKI_POHJANMAA);
        assertForbidden("role-required", () -> ExpertAccess.searchableCounty(Actors.ngoKeski()));
        assertForbidden("county-required",
                () -> ExpertAccess.searchableCounty(Actors.of("orderer.x", Role.ORDERER, null, null)));
    }

    private static void assertForbidden(String code, Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainProblem.class, problem -> {
            assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.FORBIDDEN);
            assertThat(problem.code()).isEqualTo(code);
        });
    }

    @Test
    void aCoordinatorRecordsOnlyTheirOwnCountysContractWithAVisibleExpert() {
        ExpertAccess.requireMayRecordContract(Actors.coordinatorSoite(), soiteExpert, County.KESKI_POHJANMAA);

        assertForbidden("other-county", () -> ExpertAccess.requireMayRecordContract(Actors.coordinatorSoite(), soiteExpert,
                County.ITA_UUSIMAA));
        assertForbidden("other-county", () -> ExpertAccess.requireMayRecordContract(Actors.coordinatorItu(), soiteExpert,
                County.ITA_UUSIMAA));
        assertForbidden("role-required", () -> ExpertAccess.requireMayRecordContract(Actors.ngoKeski(), soiteExpert,
                County.KESKI_POHJANMAA));
    }

    @Test
    void aCountyWithAContractRecordsItsContractButIsNotTheHomeCounty() {
        Expert contracted = Expert.restore(soiteExpert.id(), soiteExpert.member(), soiteExpert.state(), 1);
        contracted.recordContract(new AssignmentContract(County.ITA_UUSIMAA, LocalDate.of(2026, 1, 1),
                Optional.empty()));

        ExpertAccess.requireMayRecordContract(Actors.coordinatorItu(), contracted, County.ITA_UUSIMAA);
        assertForbidden("not-home-county", () -> ExpertAccess.requireHomeCoordinator(Actors.coordinatorItu(), contracted));
    }

    @Test
    void onlyTheHomeCountysCoordinatorKeepsCommitmentMentorAndAvailability() {
        ExpertAccess.requireHomeCoordinator(Actors.coordinatorSoite(), soiteExpert);

        assertForbidden("not-home-county", () -> ExpertAccess.requireHomeCoordinator(Actors.coordinatorItu(), soiteExpert));
        assertForbidden("role-required", () -> ExpertAccess.requireHomeCoordinator(Actors.ordererSoite(), soiteExpert));
        assertForbidden("role-required", () -> ExpertAccess.requireHomeCoordinator(Actors.admin(), soiteExpert));
    }

    @Test
    void anAdminTheHomeCoordinatorOrTheOwningNgoErases() {
        assertThat(ExpertAccess.erasingRole(Actors.admin(), soiteExpert)).isEqualTo(Role.ADMIN);
        assertThat(ExpertAccess.erasingRole(Actors.coordinatorSoite(), soiteExpert)).isEqualTo(Role.COORDINATOR);
        assertThat(ExpertAccess.erasingRole(Actors.ngoKeski(), soiteExpert)).isEqualTo(Role.NGO_PARTNER);

        assertForbidden("may-not-erase", () -> ExpertAccess.erasingRole(Actors.coordinatorItu(), soiteExpert));
        assertForbidden("may-not-erase", () -> ExpertAccess.erasingRole(Actors.ngoIta(), soiteExpert));
        assertForbidden("may-not-erase", () -> ExpertAccess.erasingRole(Actors.ordererSoite(), soiteExpert));
        assertForbidden("may-not-erase", () -> ExpertAccess.erasingRole(Actors.expert("expert.soite"), soiteExpert));
    }
}
