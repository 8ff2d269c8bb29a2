package fi.kokemus.ordering.adapter.out.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.ordering.adapter.out.keycloak.FakeKeycloak.User;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.test.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class KeycloakRecipientDirectoryTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2027-01-10T08:00:00Z"));
    private final FakeKeycloak keycloak = new FakeKeycloak(List.of(
            new User("coordinator.itu", "coordinator.itu@example.org", "coordinator", "ita-uusimaa", true),
            new User("deputy.itu", "deputy.itu@example.org", "coordinator", "ita-uusimaa", true),
            new User("former.itu", "former.itu@example.org", "coordinator", "ita-uusimaa", false),
            new User("noaddress.itu", null, "coordinator", "ita-uusimaa", true),
            new User("coordinator.soite", "coordinator.soite@example.org", "coordinator", "keski-pohjanmaa", true),
            new User("expert.itu", "expert.itu@example.org", "expert", null, true)));
    private final KeycloakRecipientDirectory directory = new KeycloakRecipientDirectory(
            keycloak.properties(FakeKeycloak.SECRET), JsonMapper.builder().build(), clock);

    KeycloakRecipientDirectoryTest() throws Exception {
    }

    @AfterEach
    void stop() {
        keycloak.close();
    }

    @Test
    void findsAnAccountsAddressByItsExactUsername() {
        assertThat(directory.emailOf("expert.itu")).contains("expert.itu@example.org");
        assertThat(directory.emailOf("expert.it")).isEmpty();
        assertThat(keycloak.adminRequests()).contains("/admin/realms/kokemus/users?exact=true&username=expert.itu");
    }

    @Test
    void findsTheEnabledCoordinatorsOfOneCountyWithAnAddress() {
        assertThat(directory.emailsOf("ita-uusimaa", Role.COORDINATOR))
                .containsExactly("coordinator.itu@example.org", "deputy.itu@example.org");
        assertThat(directory.emailsOf("pohjois-pohjanmaa", Role.COORDINATOR)).isEmpty();
    }

    @Test
    void reusesItsAccessTokenUntilShortlyBeforeItExpires() {
        directory.emailOf("expert.itu");
        directory.emailOf("expert.itu");
        clock.advance(Duration.ofSeconds(269));
        directory.emailOf("expert.itu");
        assertThat(keycloak.tokensIssued()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(2));
        directory.emailOf("expert.itu");
        assertThat(keycloak.tokensIssued()).isEqualTo(2);
    }

    @Test
    void aRefusedClientIsAnUnavailableDirectorySoTheNotificationIsRetried() {
        var wrongSecret = new KeycloakRecipientDirectory(keycloak.properties("wrong"), JsonMapper.builder().build(), clock);

        assertThatThrownBy(() -> wrongSecret.emailOf("expert.itu"))
                .isInstanceOf(RecipientDirectoryUnavailableException.class)
                .hasMessageContaining("401");
    }

    @Test
    void anUnreachableKeycloakIsAnUnavailableDirectory() {
        String baseUrl = keycloak.baseUrl();
        keycloak.close();
        var unreachable = new KeycloakRecipientDirectory(
                new KeycloakProperties(baseUrl, "kokemus", "ordering-notifier", FakeKeycloak.SECRET),
                JsonMapper.builder().build(), clock);

        assertThatThrownBy(() -> unreachable.emailsOf("ita-uusimaa", Role.COORDINATOR))
                .isInstanceOf(RecipientDirectoryUnavailableException.class);
    }
}
