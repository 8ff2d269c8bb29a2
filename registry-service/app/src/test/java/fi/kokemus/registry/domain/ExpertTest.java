package fi.kokemus.registry.domain;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExpertTest {

    private final ExpertId id = ExpertId.random();
    private final MemberReference member = new MemberReference("ngo-keski", "M-1001");

    @Test
    void registeringRecordsTheRegistrationWithThePublicProfile() {
        Expert expert = Expert.register(id, member, aProfile().build());

        assertThat(expert.isNew()).isTrue();
        assertThat(expert.pendingEvents()).containsExactly(new ExpertRegistered(expert.publicProfile()));
        PublicProfile profile = expert.publicProfile();
        assertThat(profile.expertId()).isEqualTo(id);
        assertThat(profile.organisationId()).isEqualTo("ngo-keski");
        assertThat(profile.displayName()).isEqualTo("Aino T.");
        assertThat(profile.homeCounty()).isEqualTo(County.KESKI_POHJANMAA);
    }

    @Test
    void syncingIdenticalDataChangesNothing() {
        Expert expert = stored();

        assertThat(expert.sync(aProfile().build())).isFalse();
        assertThat(expert.pendingEvents()).isEmpty();
    }

    @Test
    void aChangedPublicFieldRecordsTheNewPublicProfile() {
        Expert expert = stored();

        assertThat(expert.sync(aProfile().taskTypes("CLIENT_SUPPORT", "LECTURE_REGIONAL").build())).isTrue();

        assertThat(expert.pendingEvents()).containsExactly(new PublicProfileChanged(expert.publicProfile()));
        assertThat(expert.publicProfile().taskTypes()).hasSize(2);
    }

    @Test
    void privateChangesAreStoredButNotAnnounced() {
        Expert expert = stored();

        assertThat(expert.sync(aProfile().contact("aino.uusi@example.org", null).build())).isTrue();
        assertThat(expert.sync(aProfile().contact("aino.uusi@example.org", null).name("Aino", "Tamminen").build()))
                .isTrue();

        assertThat(expert.pendingEvents()).isEmpty();
        assertThat(expert.profile().name().lastName()).isEqualTo("Tamminen");
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
        assertThatThrownBy(() -> Expert.restore(id, member, aProfile().build(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(stored().isNew()).isFalse();
    }

    private Expert stored() {
        return Expert.restore(id, member, aProfile().build(), 3);
    }
}
